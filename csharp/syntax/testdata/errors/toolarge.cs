class C
{
    ulong x = 18446744073709551616; /* ERROR "CS1021" "Integral constant is too large" */
    ulong y = 18446744073709551615;
}
