class C
{
    string s = /* ERROR "CS1010" "Newline in constant" */ "abc
    ;
    char c = /* ERROR "CS1010" */ 'x
    ;
}
