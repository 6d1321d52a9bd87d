class C
{
    void M()
    {
        int x = 1 /* ERROR "CS1002" "; expected" */
        x = 2;
        Foo() /* ERROR "CS1002" */
        Bar();
        return x /* ERROR "CS1002" */
    }
    int f /* ERROR "CS1002" */
    int g;
}
