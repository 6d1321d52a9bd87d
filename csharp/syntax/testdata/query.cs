class Q
{
    void M()
    {
        var r = from c in customers
                where c.Age > 18
                let name = c.Name.ToUpper()
                orderby name descending, c.Age
                select new { name, c.Age };
        var g = from o in orders
                join c in customers on o.CustomerId equals c.Id into oc
                from x in oc
                group o by o.Customer into grp
                select grp.Key;
        var t = from int i in ints select i;
    }
}
