class C
{
    void Lambda()
    {
        Task.Run(() =>
        {
            Foo(); /* ERROR "CS1513" */
        );
        Bar();
    }
    void MissingBody() /* ERROR "CS1514" */
        Foo();
    }
    void Args()
    {
        Foo(a b); /* ERROR "CS1003" "Syntax error, ',' expected" */
        Foo(1, 2);
        var l = new List<int> { 1 2 /* ERROR "CS1003" */, 3 };
    }
    void MissingParen()
    {
        MyCall.Trace "x", /* ERROR "CS1002" */ y);
        Bar();
    }
    void MissingThenBrace(bool b)
    {
        if (b)
        {
            Foo(); /* ERROR "CS1513" */
        else
        {
            Bar();
        }
    }
    void MissingTryBrace()
    {
        try
        {
            Foo(); /* ERROR "CS1513" */
        catch (Exception)
        {
        }
    }
    void ( /* ERROR "CS1001" */ int x) { }
    int Good() => 1;
}
public Missing /* ERROR "CS1003" "'class' expected" */ : Base
{
}
