#define A
class C { }
/* ERROR "CS1032" */
#define B
#endif /* ERROR "CS1028" "Unexpected preprocessor directive" */
#foo /* ERROR "CS1024" "Preprocessor directive expected" */
/* ERROR "CS1029" "#error: 'Something is wrong'" */
#error Something is wrong
#if A && /* ERROR "CS1517" "Invalid preprocessor expression" */
#endif
#if A
#endif junk /* ERROR "CS1025" */
#warning just a warning
#region
#endregion
#endregion /* ERROR "CS1028" */
