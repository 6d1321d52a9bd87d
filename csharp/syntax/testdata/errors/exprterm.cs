class C
{
    void M()
    {
        int x = ; /* ERROR "CS1525" "Invalid expression term ';'" */
        x = 1 + ; /* ERROR "CS1525" */
        Foo(1, ); /* ERROR "CS1525" "Invalid expression term '.'" */
        x = ) /* ERROR "CS1525" */ ;
    }
}
