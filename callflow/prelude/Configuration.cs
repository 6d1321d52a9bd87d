// The TCX.Configuration namespace of the 3CX V20 route-point API, as rpbench declares it.
// DN objects are live views of the PBX configuration identified by their number.
#nullable disable
using System;
using System.Collections.Generic;
using CallFlow;

namespace TCX.Configuration
{
    /// <summary>State of a connection.</summary>
    public enum ConnectionStatus
    {
        /// <summary>Unknown or not yet set up.</summary>
        Undefined,
        /// <summary>Outgoing leg being set up.</summary>
        Dialing,
        /// <summary>Alerting.</summary>
        Ringing,
        /// <summary>Answered, media up.</summary>
        Connected,
        /// <summary>On hold.</summary>
        Held,
        /// <summary>Gone.</summary>
        Terminated,
    }

    /// <summary>The kind of a route target.</summary>
    public enum DestinationType
    {
        None, VoiceMail, Extension, Queue, RingGroup, IVR, External, Fax, Boomerang, Deflect,
        VoiceMailOfDestination, Callback, RoutePoint, ProceedWithNoExceptions,
    }

    /// <summary>Queue agent status of an extension.</summary>
    public enum QueueStatusType
    {
        /// <summary>Not taking queue calls.</summary>
        LoggedOut,
        /// <summary>Taking queue calls.</summary>
        LoggedIn,
    }

    /// <summary>A connection of a call (a participant). MyCall is the route point's own.</summary>
    public class ActiveConnection
    {
        internal readonly string __dn;
        internal readonly int __id;

        /// <summary>Host plumbing: the connection with id at DN number dn (MyCall is bound by the host instead).</summary>
        public ActiveConnection(string dn, int id) { __dn = dn; __id = id; }

        /// <summary>The connection id.</summary>
        public int ID { get { return ConfigHost.ConnID(this); } }
        /// <summary>The call id.</summary>
        public int CallID { get { return ConfigHost.ConnCallID(this); } }
        DN __dnOf;
        /// <summary>The DN owning this connection.</summary>
        public DN DN { get { return __dnOf ?? (__dnOf = TCX.Configuration.DN.__Wrap(ConfigHost.ConnDN(this))); } }
        /// <summary>The connection's state.</summary>
        public ConnectionStatus Status { get { return (ConnectionStatus)ConfigHost.ConnStatus(this); } }
        /// <summary>UTC time of the last status change.</summary>
        public DateTime LastChangeStatus { get { return new DateTime(ConfigHost.ConnLastChange(this), DateTimeKind.Utc); } }
        /// <summary>True when the call came to this DN.</summary>
        public bool IsInbound { get { return ConfigHost.ConnInbound(this); } }
        /// <summary>True when this DN placed the call.</summary>
        public bool IsOutbound { get { return !ConfigHost.ConnInbound(this); } }
        /// <summary>The number dialed to reach this connection.</summary>
        public string DialedNumber { get { return ConfigHost.ConnDialed(this); } }
        /// <summary>The number of the external party, or "".</summary>
        public string ExternalParty { get { return ConfigHost.ConnExternal(this); } }
        /// <summary>Data attached to the call.</summary>
        public Dictionary<string, string> AttachedData
        {
            get
            {
                var d = new Dictionary<string, string>();
                string[] kv = ConfigHost.ConnData(this);
                for (int i = 0; i + 1 < kv.Length; i += 2) d[kv[i]] = kv[i + 1];
                return d;
            }
        }

        /// <summary>"Call c3: Extension 101 (Connected)": see docs/route-points.md.</summary>
        public override string ToString() { return ConfigHost.ConnString(this); }
    }

    /// <summary>A directory number: extension, route point, trunk line, queue, ring group or IVR.</summary>
    public class DN
    {
        readonly string __n;

        /// <summary>Host plumbing.</summary>
        public DN(string number) { __n = number; }

        /// <summary>The number.</summary>
        public string Number { get { return __n; } }
        /// <summary>The display name.</summary>
        public string Name { get { return ConfigHost.DNName(__n); } }
        /// <summary>A per-number property (AUTOANSWER, PROMPTSETID, custom ones), or null.</summary>
        public string GetPropertyValue(string name) { return ConfigHost.DNProperty(__n, name); }
        /// <summary>A copy of this DN (DN objects are read-only views, so the copy is this object).</summary>
        public DN Clone() { return this; }
        /// <summary>A snapshot with all properties loaded (DN objects read the PBX live: this object).</summary>
        public DN GetFullSnapshot() { return this; }
        /// <summary>The connections this DN has in calls now.</summary>
        public ActiveConnection[] GetActiveConnections()
        {
            int[] h = ConfigHost.DNConnections(__n);
            var r = new ActiveConnection[h.Length];
            for (int i = 0; i < h.Length; i++) r[i] = new ActiveConnection(__n, h[i]);
            return r;
        }
        /// <summary>"Extension 100", "RoutePoint #101".</summary>
        public override string ToString() { return ConfigHost.DNString(__n); }
        /// <summary>Two DNs are equal when they have the same number.</summary>
        public override bool Equals(object obj) { var o = obj as DN; return o != null && o.__n == __n; }
        /// <summary>Hash of the number.</summary>
        public override int GetHashCode() { return __n.GetHashCode(); }

        internal virtual DestinationType __DestType { get { return DestinationType.None; } }

        /// <summary>Host plumbing: the DN object for a number, of the right subtype; null for null or unknown.</summary>
        public static DN __Wrap(string number)
        {
            if (number == null) return null;
            switch (ConfigHost.DNKind(number))
            {
                case 1: return new Extension(number);
                case 2: return new RoutePoint(number);
                case 3: return new ExternalLine(number);
                case 4: return new Queue(number);
                case 5: return new RingGroup(number);
                case 6: return new IVR(number);
                case 0: return null;
                default: return new DN(number);
            }
        }
    }

    /// <summary>A forwarding profile of an extension.</summary>
    public class FwdProfile
    {
        /// <summary>Host plumbing.</summary>
        public FwdProfile(string name) { Name = name; }
        /// <summary>"Available", "Away", "Out of office", ...</summary>
        public string Name { get; private set; }
        /// <summary>The name.</summary>
        public override string ToString() { return Name; }
    }

    /// <summary>A user's extension.</summary>
    public class Extension : DN
    {
        /// <summary>Host plumbing.</summary>
        public Extension(string number) : base(number) { }
        /// <summary>True when a phone is registered.</summary>
        public bool IsRegistered { get { return ConfigHost.ExtRegistered(Number); } }
        /// <summary>Queue agent status.</summary>
        public QueueStatusType QueueStatus { get { return ConfigHost.ExtLoggedIn(Number) ? QueueStatusType.LoggedIn : QueueStatusType.LoggedOut; } }
        /// <summary>The current forwarding profile.</summary>
        public FwdProfile CurrentProfile { get { return new FwdProfile(ConfigHost.ExtProfile(Number)); } }
        /// <summary>First name (the display name).</summary>
        public string FirstName { get { return Name; } }
        internal override DestinationType __DestType { get { return DestinationType.Extension; } }
    }

    /// <summary>A route point: a number served by a script.</summary>
    public class RoutePoint : DN
    {
        /// <summary>Host plumbing.</summary>
        public RoutePoint(string number) : base(number) { }
        /// <summary>The script's source text.</summary>
        public string ScriptCode { get { return ConfigHost.RPScript(Number); } }
        internal override DestinationType __DestType { get { return DestinationType.RoutePoint; } }
    }

    /// <summary>A trunk line.</summary>
    public class ExternalLine : DN
    {
        /// <summary>Host plumbing.</summary>
        public ExternalLine(string number) : base(number) { }
        internal override DestinationType __DestType { get { return DestinationType.External; } }
    }

    /// <summary>A call queue.</summary>
    public class Queue : DN
    {
        /// <summary>Host plumbing.</summary>
        public Queue(string number) : base(number) { }
        internal override DestinationType __DestType { get { return DestinationType.Queue; } }
    }

    /// <summary>A ring group.</summary>
    public class RingGroup : DN
    {
        /// <summary>Host plumbing.</summary>
        public RingGroup(string number) : base(number) { }
        internal override DestinationType __DestType { get { return DestinationType.RingGroup; } }
    }

    /// <summary>A digital receptionist.</summary>
    public class IVR : DN
    {
        /// <summary>Host plumbing.</summary>
        public IVR(string number) : base(number) { }
        internal override DestinationType __DestType { get { return DestinationType.IVR; } }
    }

    /// <summary>A route target: To says the kind, Internal the DN, External an outside number.</summary>
    public struct DestinationStruct
    {
        /// <summary>The kind of target.</summary>
        public DestinationType To;
        /// <summary>The internal DN, or null.</summary>
        public DN Internal;
        /// <summary>The external number, or "".</summary>
        public string External;

        /// <summary>Targets dn with the type that fits it.</summary>
        public DestinationStruct(DN dn)
        {
            To = dn == null ? DestinationType.None : dn.__DestType;
            Internal = dn;
            External = "";
        }

        /// <summary>A target of the given type.</summary>
        public DestinationStruct(DestinationType to, DN dn, string external)
        {
            To = to;
            Internal = dn;
            External = external ?? "";
        }

        /// <summary>Parses "Type.dn.external" ("Extension.101.", "External..+4930123").</summary>
        public static bool TryParse(string s, out DestinationStruct result)
        {
            result = new DestinationStruct(DestinationType.None, null, "");
            if (s == null) return false;
            int a = s.IndexOf('.');
            int b = s.LastIndexOf('.');
            if (a < 0 || b == a) return false;
            DestinationType t;
            if (!__ParseType(s.Substring(0, a), out t)) return false;
            string dn = s.Substring(a + 1, b - a - 1);
            string ext = s.Substring(b + 1);
            DN d = null;
            if (dn.Length > 0)
            {
                d = PhoneSystem.Root.GetDNByNumber(dn);
                if (d == null) return false;
            }
            result = new DestinationStruct(t, d, ext);
            return true;
        }

        static bool __ParseType(string name, out DestinationType t)
        {
            for (int i = 0; i <= (int)DestinationType.ProceedWithNoExceptions; i++)
            {
                if (((DestinationType)i).ToString() == name)
                {
                    t = (DestinationType)i;
                    return true;
                }
            }
            t = DestinationType.None;
            return false;
        }

        /// <summary>"Extension.101.", "External..+4930123" (the TryParse form).</summary>
        public override string ToString()
        {
            return To.ToString() + "." + (Internal == null ? "" : Internal.Number) + "." + (External ?? "");
        }
    }

    /// <summary>Office hours: weekly ranges in the tenant's time zone.</summary>
    public class Schedule
    {
        readonly string __name;
        /// <summary>Host plumbing.</summary>
        public Schedule(string name) { __name = name; }
        /// <summary>The schedule's name.</summary>
        public string Name { get { return __name; } }
        /// <summary>True when localTime (the tenant's local time) falls in a range of the schedule.</summary>
        public bool IsActiveTime(DateTime localTime)
        {
            return ConfigHost.ScheduleActive(__name, (int)localTime.DayOfWeek, localTime.Hour * 60 + localTime.Minute);
        }
    }

    /// <summary>The tenant: holidays and office hours.</summary>
    public class Tenant
    {
        /// <summary>Host plumbing.</summary>
        public Tenant() { }
        /// <summary>The tenant's name.</summary>
        public string Name { get { return PhoneSystem.Root.GetParameterValue("TENANTNAME") ?? "default"; } }
        /// <summary>The IANA or Windows time zone id of the tenant (parameter TIMEZONEID), or "UTC".</summary>
        public string TimeZoneId { get { return PhoneSystem.Root.GetParameterValue("TIMEZONEID") ?? "UTC"; } }
        /// <summary>True when date's day is one of the configured holidays (parameter HOLIDAYS: "2024-12-25,2024-12-26").</summary>
        public bool IsHoliday(DateTime date) { return ConfigHost.IsHoliday(date.Year, date.Month, date.Day); }
        /// <summary>True when date's day is a holiday.</summary>
        public bool IsHoliday(DateTimeOffset date) { return IsHoliday(date.DateTime); }
        /// <summary>The office-hours schedule (parameter OFFICEHOURS: "Mon-Fri 08:00-17:00; Sat 09:00-12:00").</summary>
        public Schedule OfficeHours { get { return new Schedule("OFFICEHOURS"); } }
        /// <summary>The break-time schedule (parameter BREAKTIME).</summary>
        public Schedule BreakTime { get { return new Schedule("BREAKTIME"); } }
    }

    /// <summary>The phone system: parameters and the directory.</summary>
    public class PhoneSystem
    {
        static PhoneSystem __root = new PhoneSystem();
        /// <summary>Host plumbing.</summary>
        public PhoneSystem() { }
        /// <summary>The phone system.</summary>
        public static PhoneSystem Root { get { return __root; } }
        /// <summary>A system parameter (PARK_MOH_SOURCE, MUSICONHOLDFILE, OPERATOR, SIPDOMAIN, ...), or null.</summary>
        public string GetParameterValue(string name) { return ConfigHost.Parameter(name); }
        /// <summary>The DN with that number, or null.</summary>
        public DN GetDNByNumber(string number) { return TCX.Configuration.DN.__Wrap(ConfigHost.DNExists(number) ? number : null); }
        /// <summary>The tenant.</summary>
        public Tenant GetTenant() { return new Tenant(); }
        /// <summary>Every DN of type T (Extension, RoutePoint, ExternalLine, Queue, RingGroup, IVR, DN), by number.</summary>
        public IEnumerable<T> GetAll<T>() where T : class
        {
            var r = new List<T>();
            foreach (string n in ConfigHost.AllDNs())
            {
                T d = DN.__Wrap(n) as T;
                if (d != null) r.Add(d);
            }
            return r;
        }
    }

    /// <summary>Host plumbing: the Go natives behind the configuration objects. Not part of 3CX's API.</summary>
    public static class ConfigHost
    {
        public static extern int ConnID(ActiveConnection c);
        public static extern int ConnCallID(ActiveConnection c);
        public static extern string ConnDN(ActiveConnection c);
        public static extern int ConnStatus(ActiveConnection c);
        public static extern long ConnLastChange(ActiveConnection c);
        public static extern bool ConnInbound(ActiveConnection c);
        public static extern string ConnDialed(ActiveConnection c);
        public static extern string ConnExternal(ActiveConnection c);
        public static extern string[] ConnData(ActiveConnection c);
        public static extern string ConnString(ActiveConnection c);
        public static extern int DNKind(string number);
        public static extern bool DNExists(string number);
        public static extern string DNName(string number);
        public static extern string DNString(string number);
        public static extern string DNProperty(string number, string name);
        public static extern int[] DNConnections(string number);
        public static extern string[] AllDNs();
        public static extern bool ExtRegistered(string number);
        public static extern bool ExtLoggedIn(string number);
        public static extern string ExtProfile(string number);
        public static extern string RPScript(string number);
        public static extern string Parameter(string name);
        public static extern bool IsHoliday(int year, int month, int day);
        public static extern bool ScheduleActive(string name, int dayOfWeek, int minuteOfDay);
    }
}
