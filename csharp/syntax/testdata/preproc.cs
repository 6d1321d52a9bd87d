#define DEBUG
#define TRACE
#undef TRACE
#nullable enable
#region Setup
using System;
#endregion
#pragma warning disable CS1591
#if DEBUG && !TRACE
class Debug { }
#elif TRACE
class Trace { }
#else
class Release { }
#endif
#if (DEBUG || FOO) && true == true
class Both { }
#endif
#if FOO
this is not compiled at all ( { "unterminated
#if NESTED
#else
#endif
#endif
#line 100 "other.cs"
class After { }
#line default
/// <summary>Doc comment.</summary>
class Documented { }
/** Block doc. */
class Documented2 { }
/* block */ class Block { } // trailing
