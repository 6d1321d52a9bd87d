class C
{
    void M()
    {
        if (x) {
            y();
    }
} /* ERROR "CS1513" "} expected" */
