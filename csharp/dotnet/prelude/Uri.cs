// System.Uri, UriKind and System.Net.WebUtility (natives in uri.go).
namespace System
{
    public enum UriKind { RelativeOrAbsolute = 0, Absolute = 1, Relative = 2 }

    public class Uri
    {
        private readonly string _s;
        public Uri(string uriString)
        {
            if (uriString == null) throw new ArgumentNullException("uriString");
            _s = __Normalize(uriString);
        }
        public Uri(Uri baseUri, string relativeUri) : this(__Resolve(baseUri.AbsoluteUri, relativeUri)) { }
        public string Scheme => __Part(_s, 0);
        public string Host => __Part(_s, 1);
        public string AbsolutePath => __Part(_s, 2);
        public string Query => __Part(_s, 3);
        public string Fragment => __Part(_s, 4);
        public string PathAndQuery => __Part(_s, 5);
        public string Authority => __Part(_s, 6);
        public string AbsoluteUri => _s;
        public string OriginalString => _s;
        public int Port => __Port(_s);
        public bool IsDefaultPort => __Part(_s, 7) == "1";
        public bool IsAbsoluteUri => true;
        public string[] Segments => __Segments(_s);
        public override string ToString() => _s;
        public override bool Equals(object obj) => obj is Uri u && u._s == _s;
        public override int GetHashCode() => _s.GetHashCode();
        public static bool operator ==(Uri a, Uri b) => object.Equals(a, b);
        public static bool operator !=(Uri a, Uri b) => !object.Equals(a, b);

        public static bool TryCreate(string uriString, UriKind uriKind, out Uri result)
        {
            result = null;
            if (uriString == null || uriKind == UriKind.Relative || !__Valid(uriString)) return false;
            result = new Uri(uriString);
            return true;
        }
        public static bool IsWellFormedUriString(string uriString, UriKind uriKind) => uriString != null && uriKind != UriKind.Relative && __Valid(uriString);
        public static extern string EscapeDataString(string stringToEscape);
        public static extern string EscapeUriString(string stringToEscape);
        public static extern string UnescapeDataString(string stringToUnescape);

        private static extern string __Normalize(string s);
        private static extern string __Resolve(string baseUri, string relative);
        private static extern bool __Valid(string s);
        private static extern string __Part(string s, int part);
        private static extern int __Port(string s);
        private static extern string[] __Segments(string s);
    }
}
namespace System.Net
{
    public static class WebUtility
    {
        public static extern string UrlEncode(string value);
        public static extern string UrlDecode(string encodedValue);
        public static extern string HtmlEncode(string value);
        public static extern string HtmlDecode(string value);
    }
}
