class C
{
    int P { get; foo /* ERROR "CS1014" "A get or set accessor expected" */; }
    int Q { get; set; }
}
