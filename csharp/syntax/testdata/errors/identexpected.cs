class C
{
    int /* ERROR "CS1001" "Identifier expected" */ = 5;
    void M(int) /* ERROR "CS1001" */ { }
    void N()
    {
        x. /* ERROR "CS1001" */
    }
}
class /* ERROR "CS1001" */
{
}
