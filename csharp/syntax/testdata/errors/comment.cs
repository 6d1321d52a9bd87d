class C { }
/* ERROR "CS1035" */ /* never closed
