class C
{
    int x; /* ERROR "CS1040" "Preprocessor directives must appear as the first non-whitespace character on a line" */ #region R
    int y;
}
