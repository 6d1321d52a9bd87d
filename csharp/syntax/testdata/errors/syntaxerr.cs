class C
{
    void M()
    {
        var x = a ? b ; /* ERROR "CS1003" "Syntax error, ':' expected" */
        var d = new Dictionary<string, int> { ["a"] = 1 ;  /* ERROR "CS1513" */
        var y = 2;
    }
}
