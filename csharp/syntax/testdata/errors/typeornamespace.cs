namespace N
{
    class C { }
}
} /* ERROR "CS1022" "Type or namespace definition, or end-of-file expected" */
