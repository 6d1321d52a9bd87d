#nullable disable /* ERROR "CS1696" "rest of line 1" */ using CallFlow; namespace N { class C { } }
