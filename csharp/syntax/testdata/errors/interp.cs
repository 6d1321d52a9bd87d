class C
{
    string a = $"{}"; /* ERROR "CS1733" "Expected expression" */
    string b = $"{1 +}"; /* ERROR "CS1525" "Invalid expression term '}'" */
    string c = $"ok {a,5:F2} {b}";
}
class D
{
    string d = /* ERROR "CS8361" "Parenthesize the conditional expression" */ $"{x ? "a" : "b"}";
    string f = $"{x ?? "a"} {y?.z:F2} {n as int?:D}";
    string e = $"{(x ? "a" : "b")}";
}
