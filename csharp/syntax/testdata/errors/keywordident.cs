class C
{
    void M(int class /* ERROR "CS1041" "Identifier expected; 'class' is a keyword" */) { }
}
