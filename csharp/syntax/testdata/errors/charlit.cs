class C
{
    char a = 'ab'; /* ERROR "CS1012" "Too many characters in character literal" */
    char b = ''; /* ERROR "CS1011" "Empty character literal" */
    char c = 'c';
}
