// The example case of tests/package/reference.c, from C#: timeline, timeline JSON, dossier,
// wage continuation and a calendar feed written through a callback, printed in the same
// format. `meson test` compares the output with the C program's byte for byte.
//   mcs -out:example.exe Example.cs Native.cs && mono example.exe
using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Poortwachter
{
    internal static class Example
    {
        const int DateNone = int.MinValue; // POORT_DATE_NONE
        const int LangNl = 0, LangEn = 1;  // POORT_LANG_*
        const int FeedDossier = 1, FeedWage = 2;

        static readonly Stream Stdout = new BufferedStream(Console.OpenStandardOutput());

        static void Raw(byte[] bytes) { Stdout.Write(bytes, 0, bytes.Length); }
        static void Line(string s) { Raw(Encoding.UTF8.GetBytes(s + "\n")); }
        static string N(long v) { return v.ToString(CultureInfo.InvariantCulture); }

        static void Check(int status, string what)
        {
            if (status != 0)
                throw new InvalidOperationException(what + ": " + Utf8.FromC(Native.poort_status_str(status)));
        }

        static int Date(string text)
        {
            int d;
            Check(Native.poort_date_parse(Utf8.ToC(text), out d), text);
            return d;
        }

        static string Fmt(int d)
        {
            byte[] buf = new byte[11]; // POORT_DATE_BUFSIZE
            if (d == DateNone || Native.poort_date_format(d, buf, (UIntPtr)buf.Length) != 0)
                return "-";
            return Encoding.ASCII.GetString(buf, 0, 10);
        }

        // snprintf semantics: ask for the length first, then fill a buffer of that size.
        delegate int Explain(byte[] buf, UIntPtr size);
        static string Text(Explain explain)
        {
            int n = explain(null, UIntPtr.Zero);
            Check(n < 0 ? n : 0, "explain");
            byte[] buf = new byte[n + 1];
            explain(buf, (UIntPtr)buf.Length);
            return Encoding.UTF8.GetString(buf, 0, n);
        }

        static CaseHandle MakeCase()
        {
            CaseHandle c = Native.poort_case_new();
            if (c.IsInvalid)
                throw new OutOfMemoryException();
            int st = Native.poort_case_add_period(c, Date("2026-03-01"), Date("2026-02-01"));
            Line("error " + N(st) + " " + Utf8.FromC(Native.poort_status_str(st)) + " | " +
                 Utf8.FromC(Native.poort_case_errmsg(c)));
            Check(Native.poort_case_set_id(c, Utf8.ToC("zaak-0042")), "id");
            Check(Native.poort_case_add_period(c, Date("2026-01-05"), Date("2026-01-20")), "period");
            Check(Native.poort_case_add_period(c, Date("2026-02-09"), DateNone), "period");
            Check(Native.poort_case_record_done(c, Utf8.ToC("PROBLEEMANALYSE"), Date("2026-02-13")), "done");
            Check(Native.poort_case_record_done(c, Utf8.ToC("PLAN_VAN_AANPAK"), Date("2026-03-02")), "done");
            Check(Native.poort_case_record_item(c, Utf8.ToC("PROBLEEMANALYSE"), Date("2026-02-13")), "item");
            Check(Native.poort_case_record_item(c, Utf8.ToC("FUNCTIE"), Date("2026-03-10")), "item");
            Check(Native.poort_case_set_wage(c, 230000, 3200), "wage");
            Check(Native.poort_case_set_age(c, 30), "age");
            return c;
        }

        static void PrintTimeline(CaseHandle c, int today)
        {
            TimelineHandle t;
            Check(Native.poort_timeline_compute(c, today, 14, out t), "timeline");
            using (t) {
                ulong count = (ulong)Native.poort_timeline_count(t);
                Line("timeline " + count + " " + Fmt(Native.poort_timeline_first_sick_day(t)) + " " +
                     Fmt(Native.poort_timeline_wachttijd_end(t)) + " " + Fmt(Native.poort_timeline_wage_end(t)));
                for (ulong k = 0; k < count; k++) {
                    UIntPtr i = (UIntPtr)k;
                    Line(Fmt(Native.poort_milestone_due(t, i)) + " " + Utf8.FromC(Native.poort_milestone_id(t, i)) + " " +
                         N(Native.poort_milestone_occurrence(t, i)) + " " +
                         Utf8.FromC(Native.poort_status_name(Native.poort_milestone_status(t, i))) + " " +
                         Utf8.FromC(Native.poort_kind_name(Native.poort_milestone_kind(t, i))) + " | " +
                         Utf8.FromC(Native.poort_milestone_title(t, i, LangNl)) + " | " +
                         Text((buf, size) => Native.poort_milestone_explain(t, i, LangEn, buf, size)));
                }
                IntPtr json;
                UIntPtr len;
                Check(Native.poort_timeline_json(t, LangEn, out json, out len), "json");
                try {
                    Line("json " + (ulong)len);
                    Raw(Encoding.UTF8.GetBytes(Utf8.FromC(json, checked((int)(ulong)len))));
                } finally {
                    Native.poort_free(json); // the library's text: its own free function
                }
            }
        }

        static void PrintDossier(CaseHandle c, int today)
        {
            DossierHandle d;
            Check(Native.poort_dossier_compute(c, today, out d), "dossier");
            using (d) {
                ulong count = (ulong)Native.poort_dossier_count(d);
                Line("dossier " + Utf8.FromC(Native.poort_riv_variant_name(Native.poort_dossier_variant(d))) + " " +
                     N(Native.poort_dossier_complete_bp(d)) + " " + N(Native.poort_dossier_can_submit(d)) + " " + count);
                for (ulong k = 0; k < count; k++) {
                    UIntPtr i = (UIntPtr)k;
                    Line(Utf8.FromC(Native.poort_dossier_item_id(d, i)) + " " +
                         Utf8.FromC(Native.poort_item_state_name(Native.poort_dossier_item_state(d, i))) + " " +
                         Fmt(Native.poort_dossier_item_due(d, i)));
                }
            }
        }

        static void PrintWage(CaseHandle c)
        {
            WageHandle w;
            Check(Native.poort_wage_compute(c, IntPtr.Zero, DateNone, DateNone, out w), "wage");
            using (w) {
                ulong count = (ulong)Native.poort_wage_month_count(w);
                Line("wage " + N(Native.poort_wage_total(w)) + " " + count);
                for (ulong k = 0; k < count; k++) {
                    UIntPtr i = (UIntPtr)k;
                    Line(Fmt(Native.poort_wage_month_first(w, i)) + " " + N(Native.poort_wage_month_amount(w, i)) + " " +
                         Utf8.FromC(Native.poort_regime_name(Native.poort_wage_month_regime(w, i))) + " | " +
                         Text((buf, size) => Native.poort_wage_month_explain(w, i, LangNl, buf, size)));
                }
            }
        }

        static void PrintFeed(CaseHandle c)
        {
            MemoryStream text = new MemoryStream();
            // The library calls this delegate until poort_feed_end returns: keep it referenced
            // until then (GC.KeepAlive below), or the collector frees it and the call crashes.
            Native.WriteFn write = (ctx, data, len) => {
                byte[] chunk = new byte[checked((int)(ulong)len)];
                Marshal.Copy(data, chunk, 0, chunk.Length);
                text.Write(chunk, 0, chunk.Length);
                return 0;
            };
            using (FeedHandle f = Native.poort_feed_new()) {
                Check(Native.poort_feed_set_dtstamp(f, 1795420800), "dtstamp"); // 2026-11-23T08:00:00Z
                Check(Native.poort_feed_set_name(f, Utf8.ToC("Verzuim \u2013 team Zuid")), "name");
                Check(Native.poort_feed_set_alarm_days(f, 7), "alarm");
                Check(Native.poort_feed_set_include(f, FeedDossier | FeedWage), "include");
                Check(Native.poort_feed_begin(f, write, IntPtr.Zero), "begin");
                Check(Native.poort_feed_add_case(f, c), "add case");
                Check(Native.poort_feed_end(f), "end");
                GC.KeepAlive(write);
                Line("feed " + N(Native.poort_feed_event_count(f)) + " " + text.Length);
                Raw(text.ToArray());
            }
        }

        static int Main()
        {
            using (CaseHandle c = MakeCase()) {
                int today = Date("2026-11-23");
                PrintTimeline(c, today);
                PrintDossier(c, today);
                PrintWage(c);
                PrintFeed(c);
            }
            Stdout.Flush();
            return 0;
        }
    }
}
