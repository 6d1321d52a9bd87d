class C
{
    string s = "a\qb"; /* ERROR "CS1009" "Unrecognized escape sequence" */
    char c = '\z'; /* ERROR "CS1009" */
    string u = "\u12"; /* ERROR "CS1009" */
}
