// Exception types of the library parts in this package (the core hierarchy is csharp/eval's).
namespace System
{
    public class TimeZoneNotFoundException : Exception
    {
        public TimeZoneNotFoundException() : base("Exception of type 'System.TimeZoneNotFoundException' was thrown.") { }
        public TimeZoneNotFoundException(string message) : base(message) { }
        public TimeZoneNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class InvalidTimeZoneException : Exception
    {
        public InvalidTimeZoneException() : base("Exception of type 'System.InvalidTimeZoneException' was thrown.") { }
        public InvalidTimeZoneException(string message) : base(message) { }
    }
    public class UriFormatException : FormatException
    {
        public UriFormatException() : base("Invalid URI: The format of the URI could not be determined.") { }
        public UriFormatException(string textString) : base(textString) { }
    }
    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.") { }
        public UnauthorizedAccessException(string message) : base(message) { }
        public UnauthorizedAccessException(string message, Exception inner) : base(message, inner) { }
    }
}
namespace System.IO
{
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.") { }
        public IOException(string message) : base(message) { }
        public IOException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class FileNotFoundException : IOException
    {
        public FileNotFoundException() : base("Unable to find the specified file.") { }
        public FileNotFoundException(string message) : base(message) { }
        public FileNotFoundException(string message, string fileName) : base(message) { FileName = fileName; }
        public string FileName { get; }
    }
    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.") { }
        public DirectoryNotFoundException(string message) : base(message) { }
    }
    public class PathTooLongException : IOException
    {
        public PathTooLongException(string message) : base(message) { }
    }
}
namespace System.Net.Http
{
    public class HttpRequestException : Exception
    {
        public HttpRequestException() : base("An error occurred while sending the request.") { }
        public HttpRequestException(string message) : base(message) { }
        public HttpRequestException(string message, Exception inner) : base(message, inner) { }
        public HttpRequestException(string message, Exception inner, System.Net.HttpStatusCode? statusCode) : base(message, inner) { StatusCode = statusCode; }
        public System.Net.HttpStatusCode? StatusCode { get; }
    }
}
