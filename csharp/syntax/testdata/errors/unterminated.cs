class C
{
    string s = /* ERROR "CS1039" "Unterminated string literal" */ @"never closed
