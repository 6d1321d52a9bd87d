class C
{
    void M()
    {
        if (x)
        {
            Foo(); /* ERROR "CS1513" */
    public void N() { }
}
