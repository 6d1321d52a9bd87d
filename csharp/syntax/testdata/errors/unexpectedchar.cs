class C
{
    int x = 1 ` /* ERROR "CS1056" "Unexpected character '`'" */ 2;
    int y = 2;
}
