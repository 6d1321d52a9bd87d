class C
{
    Foo /* ERROR "CS1520" "Method must have a return type" */ () { }
    C() { }
}
