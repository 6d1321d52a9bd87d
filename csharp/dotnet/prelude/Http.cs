// System.Net.Http: HttpClient answered by the host's handler (Options.HTTP in
// package dotnet); the engine never opens network connections itself.
// Requests complete asynchronously on the interpreter's loop, after the delay
// the handler gives (a TimedHTTPHandler in package dotnet), so HttpClient.Timeout
// (TaskCanceledException with .NET's message and an inner TimeoutException) and
// CancellationTokens act as they do in .NET. The response's content is read with
// the response (HttpCompletionOption.ResponseContentRead, .NET's default), so
// ReadAsStringAsync completes at once.
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System.Net
{
    public enum HttpStatusCode
    {
        Continue = 100, SwitchingProtocols = 101, OK = 200, Created = 201, Accepted = 202, NoContent = 204,
        MovedPermanently = 301, Found = 302, Redirect = 302, SeeOther = 303, NotModified = 304, TemporaryRedirect = 307,
        BadRequest = 400, Unauthorized = 401, PaymentRequired = 402, Forbidden = 403, NotFound = 404, MethodNotAllowed = 405,
        NotAcceptable = 406, RequestTimeout = 408, Conflict = 409, Gone = 410, UnprocessableEntity = 422, TooManyRequests = 429,
        InternalServerError = 500, NotImplemented = 501, BadGateway = 502, ServiceUnavailable = 503, GatewayTimeout = 504
    }
}
namespace System.Net.Http.Headers
{
    public class HttpHeaders : IEnumerable<KeyValuePair<string, IEnumerable<string>>>
    {
        internal readonly List<KeyValuePair<string, string>> _items = new List<KeyValuePair<string, string>>();
        public void Add(string name, string value) => _items.Add(new KeyValuePair<string, string>(name, value));
        public void Add(string name, IEnumerable<string> values) { foreach (var v in values) Add(name, v); }
        public bool TryAddWithoutValidation(string name, string value) { Add(name, value); return true; }
        public bool Remove(string name) => _items.RemoveAll(kv => StringComparer.OrdinalIgnoreCase.Equals(kv.Key, name)) > 0;
        public bool Contains(string name) => _items.Exists(kv => StringComparer.OrdinalIgnoreCase.Equals(kv.Key, name));
        public IEnumerable<string> GetValues(string name)
        {
            var r = new List<string>();
            foreach (var kv in _items) if (StringComparer.OrdinalIgnoreCase.Equals(kv.Key, name)) r.Add(kv.Value);
            if (r.Count == 0) throw new InvalidOperationException("The given header was not found.");
            return r;
        }
        public bool TryGetValues(string name, out IEnumerable<string> values)
        {
            var r = new List<string>();
            foreach (var kv in _items) if (StringComparer.OrdinalIgnoreCase.Equals(kv.Key, name)) r.Add(kv.Value);
            values = r;
            return r.Count > 0;
        }
        public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator() => __All().GetEnumerator();
        private IEnumerable<KeyValuePair<string, IEnumerable<string>>> __All()
        {
            foreach (var kv in _items) yield return new KeyValuePair<string, IEnumerable<string>>(kv.Key, new[] { kv.Value });
        }
    }
    public class AuthenticationHeaderValue
    {
        public AuthenticationHeaderValue(string scheme) { Scheme = scheme; }
        public AuthenticationHeaderValue(string scheme, string parameter) { Scheme = scheme; Parameter = parameter; }
        public string Scheme { get; }
        public string Parameter { get; }
        public override string ToString() => Parameter == null ? Scheme : Scheme + " " + Parameter;
    }
    public class MediaTypeHeaderValue
    {
        public MediaTypeHeaderValue(string mediaType) { MediaType = mediaType; }
        public string MediaType { get; set; }
        public string CharSet { get; set; }
        public override string ToString() => CharSet == null ? MediaType : MediaType + "; charset=" + CharSet;
    }
    public class MediaTypeWithQualityHeaderValue : MediaTypeHeaderValue
    {
        public MediaTypeWithQualityHeaderValue(string mediaType) : base(mediaType) { }
    }
    public class HttpRequestHeaders : HttpHeaders
    {
        public AuthenticationHeaderValue Authorization { get; set; }
        public List<MediaTypeWithQualityHeaderValue> Accept { get; } = new List<MediaTypeWithQualityHeaderValue>();
        public string UserAgentString { get; set; }
    }
    public class HttpResponseHeaders : HttpHeaders { }
    public class HttpContentHeaders : HttpHeaders
    {
        public MediaTypeHeaderValue ContentType { get; set; }
    }
}
namespace System.Net.Http
{
    using System.Net.Http.Headers;

    public class HttpMethod
    {
        public HttpMethod(string method) { Method = method; }
        public string Method { get; }
        public static HttpMethod Get { get; } = new HttpMethod("GET");
        public static HttpMethod Post { get; } = new HttpMethod("POST");
        public static HttpMethod Put { get; } = new HttpMethod("PUT");
        public static HttpMethod Delete { get; } = new HttpMethod("DELETE");
        public static HttpMethod Patch { get; } = new HttpMethod("PATCH");
        public static HttpMethod Head { get; } = new HttpMethod("HEAD");
        public override string ToString() => Method;
        public override bool Equals(object obj) => obj is HttpMethod m && m.Method == Method;
        public override int GetHashCode() => Method.GetHashCode();
    }

    public abstract class HttpContent : IDisposable
    {
        internal byte[] _body = new byte[0];
        public HttpContentHeaders Headers { get; } = new HttpContentHeaders();
        public Task<string> ReadAsStringAsync() => Task.FromResult(Encoding.UTF8.GetString(_body));
        public Task<string> ReadAsStringAsync(CancellationToken cancellationToken) => ReadAsStringAsync();
        public Task<byte[]> ReadAsByteArrayAsync() => Task.FromResult(_body);
        public void Dispose() { }
    }
    public class ByteArrayContent : HttpContent
    {
        public ByteArrayContent(byte[] content) { _body = content; }
    }
    public class StringContent : HttpContent
    {
        public StringContent(string content) : this(content, Encoding.UTF8, "text/plain") { }
        public StringContent(string content, Encoding encoding) : this(content, encoding, "text/plain") { }
        public StringContent(string content, Encoding encoding, string mediaType)
        {
            _body = (encoding ?? Encoding.UTF8).GetBytes(content);
            Headers.ContentType = new MediaTypeHeaderValue(mediaType ?? "text/plain") { CharSet = "utf-8" };
        }
    }
    public class FormUrlEncodedContent : HttpContent
    {
        public FormUrlEncodedContent(IEnumerable<KeyValuePair<string, string>> nameValueCollection)
        {
            var sb = new StringBuilder();
            foreach (var kv in nameValueCollection)
            {
                if (sb.Length > 0) sb.Append('&');
                sb.Append(WebUtility.UrlEncode(kv.Key)).Append('=').Append(WebUtility.UrlEncode(kv.Value));
            }
            _body = Encoding.ASCII.GetBytes(sb.ToString());
            Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }
    }

    public class HttpRequestMessage : IDisposable
    {
        public HttpRequestMessage() { Method = HttpMethod.Get; }
        public HttpRequestMessage(HttpMethod method, string requestUri) { Method = method; RequestUri = requestUri == null ? null : new Uri(requestUri); }
        public HttpRequestMessage(HttpMethod method, Uri requestUri) { Method = method; RequestUri = requestUri; }
        public HttpMethod Method { get; set; }
        public Uri RequestUri { get; set; }
        public HttpContent Content { get; set; }
        public HttpRequestHeaders Headers { get; } = new HttpRequestHeaders();
        public void Dispose() { }
    }

    public class HttpResponseMessage : IDisposable
    {
        public HttpResponseMessage() : this(HttpStatusCode.OK) { }
        public HttpResponseMessage(HttpStatusCode statusCode) { StatusCode = statusCode; Content = new ByteArrayContent(new byte[0]); }
        public HttpStatusCode StatusCode { get; set; }
        public string ReasonPhrase { get; set; }
        public HttpContent Content { get; set; }
        public HttpResponseHeaders Headers { get; } = new HttpResponseHeaders();
        public HttpRequestMessage RequestMessage { get; set; }
        public bool IsSuccessStatusCode => (int)StatusCode >= 200 && (int)StatusCode <= 299;
        public HttpResponseMessage EnsureSuccessStatusCode()
        {
            if (!IsSuccessStatusCode)
                throw new HttpRequestException("Response status code does not indicate success: " + (int)StatusCode + " (" + ReasonPhrase + ").", null, StatusCode);
            return this;
        }
        public void Dispose() { }
    }

    public abstract class HttpMessageHandler : IDisposable
    {
        protected internal virtual Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => null;
        public void Dispose() { }
    }
    public class HttpClientHandler : HttpMessageHandler { }
    public abstract class DelegatingHandler : HttpMessageHandler
    {
        protected DelegatingHandler() { }
        protected DelegatingHandler(HttpMessageHandler innerHandler) { InnerHandler = innerHandler; }
        public HttpMessageHandler InnerHandler { get; set; }
        protected internal override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => InnerHandler == null || InnerHandler is HttpClientHandler ? HttpClient.__Host(request, TimeSpan.Zero, cancellationToken) : InnerHandler.SendAsync(request, cancellationToken);
    }

    public class HttpClient : IDisposable
    {
        private readonly HttpMessageHandler _handler;
        public HttpClient() { }
        public HttpClient(HttpMessageHandler handler) { _handler = handler; }
        public HttpClient(HttpMessageHandler handler, bool disposeHandler) { _handler = handler; }
        public Uri BaseAddress { get; set; }
        private TimeSpan _timeout = TimeSpan.FromSeconds(100);
        public TimeSpan Timeout
        {
            get => _timeout;
            set
            {
                if (value != System.Threading.Timeout.InfiniteTimeSpan && (value <= TimeSpan.Zero || value.TotalMilliseconds > int.MaxValue))
                    throw new ArgumentOutOfRangeException("value", "Specified argument was out of the range of valid values.");
                _timeout = value;
            }
        }
        public HttpRequestHeaders DefaultRequestHeaders { get; } = new HttpRequestHeaders();

        public Task<HttpResponseMessage> GetAsync(string requestUri) => SendAsync(new HttpRequestMessage(HttpMethod.Get, __Abs(requestUri)));
        public Task<HttpResponseMessage> GetAsync(Uri requestUri) => SendAsync(new HttpRequestMessage(HttpMethod.Get, requestUri));
        public Task<HttpResponseMessage> GetAsync(string requestUri, CancellationToken cancellationToken) => SendAsync(new HttpRequestMessage(HttpMethod.Get, __Abs(requestUri)), cancellationToken);
        public Task<HttpResponseMessage> GetAsync(Uri requestUri, CancellationToken cancellationToken) => SendAsync(new HttpRequestMessage(HttpMethod.Get, requestUri), cancellationToken);
        public Task<HttpResponseMessage> PostAsync(string requestUri, HttpContent content) => SendAsync(new HttpRequestMessage(HttpMethod.Post, __Abs(requestUri)) { Content = content });
        public Task<HttpResponseMessage> PostAsync(Uri requestUri, HttpContent content) => SendAsync(new HttpRequestMessage(HttpMethod.Post, requestUri) { Content = content });
        public Task<HttpResponseMessage> PostAsync(string requestUri, HttpContent content, CancellationToken cancellationToken) => SendAsync(new HttpRequestMessage(HttpMethod.Post, __Abs(requestUri)) { Content = content }, cancellationToken);
        public Task<HttpResponseMessage> PutAsync(string requestUri, HttpContent content, CancellationToken cancellationToken) => SendAsync(new HttpRequestMessage(HttpMethod.Put, __Abs(requestUri)) { Content = content }, cancellationToken);
        public Task<HttpResponseMessage> DeleteAsync(string requestUri, CancellationToken cancellationToken) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, __Abs(requestUri)), cancellationToken);
        public Task<HttpResponseMessage> PutAsync(string requestUri, HttpContent content) => SendAsync(new HttpRequestMessage(HttpMethod.Put, __Abs(requestUri)) { Content = content });
        public Task<HttpResponseMessage> DeleteAsync(string requestUri) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, __Abs(requestUri)));
        public Task<string> GetStringAsync(string requestUri) => GetStringAsync(requestUri, CancellationToken.None);
        public async Task<string> GetStringAsync(string requestUri, CancellationToken cancellationToken)
        {
            var r = await GetAsync(requestUri, cancellationToken);
            r.EnsureSuccessStatusCode();
            return await r.Content.ReadAsStringAsync();
        }
        public Task<string> GetStringAsync(Uri requestUri) => GetStringAsync(requestUri.ToString());
        public async Task<byte[]> GetByteArrayAsync(string requestUri)
        {
            var r = await GetAsync(requestUri);
            r.EnsureSuccessStatusCode();
            return await r.Content.ReadAsByteArrayAsync();
        }
        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => SendAsync(request, CancellationToken.None);
        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException("request");
            foreach (var kv in DefaultRequestHeaders._items) if (!request.Headers.Contains(kv.Key)) request.Headers.Add(kv.Key, kv.Value);
            if (request.Headers.Authorization == null) request.Headers.Authorization = DefaultRequestHeaders.Authorization;
            foreach (var a in DefaultRequestHeaders.Accept) request.Headers.Accept.Add(a);
            if (_handler != null && !(_handler is HttpClientHandler))
                return __ViaHandler(request, cancellationToken);
            if (request.RequestUri == null)
                throw new InvalidOperationException("An invalid request URI was provided. Either the request URI must be an absolute URI or BaseAddress must be set.");
            return __Host(request, Timeout, cancellationToken);
        }
        // __ViaHandler sends through a user handler (a DelegatingHandler chain), with the client's Timeout.
        private async Task<HttpResponseMessage> __ViaHandler(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, CancellationToken.None))
            {
                if (_timeout != System.Threading.Timeout.InfiniteTimeSpan) cts.CancelAfter(_timeout);
                var t = _handler.SendAsync(request, cts.Token);
                if (t == null) throw new InvalidOperationException("Handler did not return a response message.");
                try { return await t; }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && cts.IsCancellationRequested)
                {
                    throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of " + _timeout.TotalSeconds + " seconds elapsing.",
                        new TimeoutException(e.Message));
                }
            }
        }
        // __Host sends a request to the host's handler; timeout <= 0 means none.
        internal static async Task<HttpResponseMessage> __Host(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) throw new TaskCanceledException("The operation was canceled.");
            var headers = new List<string>();
            foreach (var a in request.Headers.Accept) { headers.Add("Accept"); headers.Add(a.ToString()); }
            foreach (var kv in request.Headers._items) { headers.Add(kv.Key); headers.Add(kv.Value); }
            if (request.Headers.Authorization != null) { headers.Add("Authorization"); headers.Add(request.Headers.Authorization.ToString()); }
            byte[] body = null;
            if (request.Content != null)
            {
                body = request.Content._body;
                if (request.Content.Headers.ContentType != null) { headers.Add("Content-Type"); headers.Add(request.Content.Headers.ContentType.ToString()); }
                foreach (var kv in request.Content.Headers._items) { headers.Add(kv.Key); headers.Add(kv.Value); }
            }
            string uri = request.RequestUri == null ? null : request.RequestUri.ToString();
            var onTimeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of " + timeout.TotalSeconds + " seconds elapsing.",
                new TimeoutException("The operation was canceled."));
            object p = __Start(request.Method.Method, uri, headers.ToArray(), body, timeout.Ticks, onTimeout);
            object h;
            if (cancellationToken.CanBeCanceled)
            {
                var reg = cancellationToken.Register(() => __Abort(p, new TaskCanceledException("The operation was canceled.")));
                try { h = await __Task(p); }
                finally { reg.Dispose(); }
            }
            else h = await __Task(p);
            var resp = new HttpResponseMessage((HttpStatusCode)__Status(h));
            resp.ReasonPhrase = __Reason(h);
            resp.RequestMessage = request;
            resp.Content = new ByteArrayContent(__Body(h));
            var rh = __Headers(h);
            for (int i = 0; i + 1 < rh.Length; i += 2)
            {
                if (StringComparer.OrdinalIgnoreCase.Equals(rh[i], "Content-Type")) resp.Content.Headers.ContentType = new MediaTypeHeaderValue(rh[i + 1]);
                else resp.Headers.Add(rh[i], rh[i + 1]);
            }
            return resp;
        }
        private string __Abs(string uri)
        {
            if (uri == null) return BaseAddress?.ToString();
            if (BaseAddress == null || uri.Contains("://")) return uri;
            return new Uri(BaseAddress, uri).ToString();
        }
        public void Dispose() { }

        private static extern object __Start(string method, string uri, string[] headers, byte[] body, long timeoutTicks, TaskCanceledException onTimeout);
        private static extern Task<object> __Task(object pending);
        private static extern void __Abort(object pending, TaskCanceledException canceled);
        private static extern int __Status(object h);
        private static extern string __Reason(object h);
        private static extern byte[] __Body(object h);
        private static extern string[] __Headers(object h);
    }
}
