class C
{
    void M()
    {
        Foo(1, 2; /* ERROR "CS1026" ". expected" */
        if (x { /* ERROR "CS1026" */
        }
        while (a && b /* ERROR "CS1026" */
            c();
    }
}
