class C
{
    string a = $"{}"; /* ERROR "CS1733" "Expected expression" */
    string b = $"{1 +}"; /* ERROR "CS1525" "Invalid expression term '}'" */
    string c = $"ok {a,5:F2} {b}";
}
