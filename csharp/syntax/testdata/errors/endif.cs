#if DEBUG
class C { }
/* ERROR "CS1027" "#endif directive expected" */
