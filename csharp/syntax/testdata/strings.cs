class Str
{
    void M()
    {
        var a = "plain \"quoted\" \\ \n\t\0\x41\u0042\U00000043";
        var b = @"verbatim ""q"" \n
second line";
        var c = 'c';
        var d = '\'';
        var e = '\u0041';
        var f = $"interp {a} and {b,10} and {c:X2} and {d,-5:F2} {{braces}}";
        var g = $@"verbatim {a} ""q"" \n";
        var h = @$"also {a}";
        var i = $"nested {(x ? "a" : "b")} {$"inner {a}"} {f("s")}";
        var j = """
            raw "string"
              indented
            """;
        var k = """single "line" raw""";
        var l = $$"""
            {"json": {{a}}, "n": {{n,5:D3}}}
            """;
        var m = "utf8"u8;
        var n = 0x1F + 0b1010 + 1_000_000 + 10L + 10UL + 10u + 1.5 + 1e3 + 1.5e-3 + 2f + 3m + 4d + .5;
        var o = 0xFFFFFFFFFFFFFFFF;
        var p = $"{DateTime.Now:yyyy-MM-dd HH:mm:ss}";
        var q = $"{x}{y}";
        var r = "";
        var s = @"";
        var t = $"";
        var u = $"{a}";
        var @class = 1;
        var \u0061bc = 2;
    }
}
