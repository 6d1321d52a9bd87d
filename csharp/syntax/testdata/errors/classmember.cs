class C
{
    int x;
    return; /* ERROR "CS1519" "Invalid token 'return' in class, record, struct, or interface member declaration" */
    int y;
    public 5 /* ERROR "CS1519" */ ;
    void M() { }
}
