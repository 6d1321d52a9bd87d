// checks: StringWriter(IFormatProvider), TextWriter/TextReader.Synchronized, Console.Read after SetIn, Console.In.ReadToEnd, Console.Out.Flush
using System;
using System.IO;
using System.Globalization;
class P { static void Main() {
  var sw = new StringWriter(CultureInfo.InvariantCulture);
  var t = TextWriter.Synchronized(sw);
  t.Write(1.5); t.Flush();
  Console.WriteLine(sw.ToString());
  Console.SetIn(TextReader.Synchronized(new StringReader("hi")));
  Console.WriteLine((char)Console.Read());
  Console.WriteLine(Console.In.ReadToEnd());
  Console.WriteLine(Console.Read());
  Console.Out.Flush();
}}
