// P/Invoke declarations for the part of poortwachter.h the example uses, written the way that
// does not crash: copy them and add the functions you need in the same style.
//
// - size_t is UIntPtr (nuint from C# 9 / .NET 5 on); int32_t is int, int64_t is long.
// - Every `const char *` the library returns is declared IntPtr and copied with Utf8.FromC.
//   NEVER declare it as `string`: the marshaller then frees the pointer with
//   CoTaskMemFree/free(), but these strings are static or belong to a library object, so the
//   process crashes (or the heap is corrupted) at the first call.
// - Text the library hands over through `char **` (JSON, a feed) is an IntPtr copied and then
//   freed with poort_free, never Marshal.FreeHGlobal/FreeCoTaskMem.
// - Strings going in are NUL-terminated UTF-8 byte arrays (Utf8.ToC): the default `string`
//   marshalling is UTF-8 on Mono and .NET Core for Unix, but ANSI on .NET Framework.
// - Objects are SafeHandle subclasses, so each is freed exactly once, also on exceptions.
using System;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Poortwachter
{
    // "poortwachter" is found as libpoortwachter.so on Linux (the unversioned link comes with
    // the development files; otherwise map it to libpoortwachter.so.1 with a <dllmap> on Mono
    // or NativeLibrary.SetDllImportResolver on .NET) and libpoortwachter.dylib on macOS. On
    // Windows meson names the DLL libpoortwachter-1.dll (mingw-w64) or poortwachter-1.dll
    // (MSVC): import that name, or map it the same way.
    internal static class Native
    {
        const string Lib = "poortwachter";
        const CallingConvention C = CallingConvention.Cdecl;

        // Called back with the feed's text in chunks; data is valid only during the call.
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate int WriteFn(IntPtr ctx, IntPtr data, UIntPtr len);

        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_status_str(int status);
        [DllImport(Lib, CallingConvention = C)] internal static extern void poort_free(IntPtr p);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_date_parse(byte[] text, out int date);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_date_format(int date, byte[] buf, UIntPtr size);

        [DllImport(Lib, CallingConvention = C)] internal static extern CaseHandle poort_case_new();
        [DllImport(Lib, CallingConvention = C)] internal static extern void poort_case_free(IntPtr c);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_case_errmsg(CaseHandle c);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_case_set_id(CaseHandle c, byte[] id);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_case_add_period(CaseHandle c, int first, int last);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_case_record_done(CaseHandle c, byte[] id, int date);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_case_record_item(CaseHandle c, byte[] id, int date);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_case_set_wage(CaseHandle c, long cents, int hours);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_case_set_age(CaseHandle c, int years);

        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_timeline_compute(CaseHandle c, int today, int dueSoon, out TimelineHandle t);
        [DllImport(Lib, CallingConvention = C)] internal static extern void poort_timeline_free(IntPtr t);
        [DllImport(Lib, CallingConvention = C)] internal static extern UIntPtr poort_timeline_count(TimelineHandle t);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_timeline_first_sick_day(TimelineHandle t);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_timeline_wachttijd_end(TimelineHandle t);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_timeline_wage_end(TimelineHandle t);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_milestone_id(TimelineHandle t, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_milestone_occurrence(TimelineHandle t, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_milestone_due(TimelineHandle t, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_milestone_status(TimelineHandle t, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_milestone_kind(TimelineHandle t, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_milestone_title(TimelineHandle t, UIntPtr i, int lang);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_milestone_explain(TimelineHandle t, UIntPtr i, int lang, byte[] buf, UIntPtr size);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_status_name(int status);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_kind_name(int kind);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_timeline_json(TimelineHandle t, int lang, out IntPtr text, out UIntPtr len);

        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_dossier_compute(CaseHandle c, int today, out DossierHandle d);
        [DllImport(Lib, CallingConvention = C)] internal static extern void poort_dossier_free(IntPtr d);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_dossier_variant(DossierHandle d);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_dossier_complete_bp(DossierHandle d);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_dossier_can_submit(DossierHandle d);
        [DllImport(Lib, CallingConvention = C)] internal static extern UIntPtr poort_dossier_count(DossierHandle d);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_dossier_item_id(DossierHandle d, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_dossier_item_state(DossierHandle d, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_dossier_item_due(DossierHandle d, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_item_state_name(int state);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_riv_variant_name(int variant);

        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_wage_compute(CaseHandle c, IntPtr parameters, int first, int last, out WageHandle w);
        [DllImport(Lib, CallingConvention = C)] internal static extern void poort_wage_free(IntPtr w);
        [DllImport(Lib, CallingConvention = C)] internal static extern long poort_wage_total(WageHandle w);
        [DllImport(Lib, CallingConvention = C)] internal static extern UIntPtr poort_wage_month_count(WageHandle w);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_wage_month_first(WageHandle w, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern long poort_wage_month_amount(WageHandle w, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_wage_month_regime(WageHandle w, UIntPtr i);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_wage_month_explain(WageHandle w, UIntPtr i, int lang, byte[] buf, UIntPtr size);
        [DllImport(Lib, CallingConvention = C)] internal static extern IntPtr poort_regime_name(int regime);

        [DllImport(Lib, CallingConvention = C)] internal static extern FeedHandle poort_feed_new();
        [DllImport(Lib, CallingConvention = C)] internal static extern void poort_feed_free(IntPtr f);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_feed_set_dtstamp(FeedHandle f, long unixSeconds);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_feed_set_name(FeedHandle f, byte[] name);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_feed_set_alarm_days(FeedHandle f, int days);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_feed_set_include(FeedHandle f, int what);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_feed_begin(FeedHandle f, WriteFn write, IntPtr ctx);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_feed_add_case(FeedHandle f, CaseHandle c);
        [DllImport(Lib, CallingConvention = C)] internal static extern int poort_feed_end(FeedHandle f);
        [DllImport(Lib, CallingConvention = C)] internal static extern long poort_feed_event_count(FeedHandle f);
    }

    // One SafeHandle class per object type, each calling its own free function exactly once
    // (also when an exception unwinds). The marshaller makes them through the implicit
    // parameterless constructor.
    internal abstract class PoortHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        protected PoortHandle() : base(true) { }
        protected abstract void Free(IntPtr p);
        protected override bool ReleaseHandle() { Free(handle); return true; }
    }

    internal sealed class CaseHandle : PoortHandle { protected override void Free(IntPtr p) { Native.poort_case_free(p); } }
    internal sealed class TimelineHandle : PoortHandle { protected override void Free(IntPtr p) { Native.poort_timeline_free(p); } }
    internal sealed class DossierHandle : PoortHandle { protected override void Free(IntPtr p) { Native.poort_dossier_free(p); } }
    internal sealed class WageHandle : PoortHandle { protected override void Free(IntPtr p) { Native.poort_wage_free(p); } }
    internal sealed class FeedHandle : PoortHandle { protected override void Free(IntPtr p) { Native.poort_feed_free(p); } }

    internal static class Utf8
    {
        // A NUL-terminated UTF-8 copy of s, to pass as `const char *`.
        internal static byte[] ToC(string s)
        {
            return Encoding.UTF8.GetBytes(s + "\0");
        }

        // A copy of a NUL-terminated UTF-8 string the library owns (never freed here).
        internal static string FromC(IntPtr p)
        {
            if (p == IntPtr.Zero)
                return null;
            int n = 0;
            while (Marshal.ReadByte(p, n) != 0)
                n++;
            return FromC(p, n);
        }

        internal static string FromC(IntPtr p, int len)
        {
            byte[] bytes = new byte[len];
            Marshal.Copy(p, bytes, 0, len);
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
