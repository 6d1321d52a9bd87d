class C
{
    void M()
    {
        try { } /* ERROR "CS1524" "Expected catch or finally" */
        Foo();
    }
}
