// The calendar feed through the write callback. A file with //export may hold only
// declarations in its preamble, so the callback lives here on its own.
package main

/*
#include <poortwachter.h>
#include <stdint.h>
#include <stdlib.h>

extern int32_t goWrite(void *ctx, char *data, size_t n);
*/
import "C"

import (
	"bytes"
	"runtime/cgo"
	"unsafe"
)

// goWrite is the poort_write_fn: ctx points at C memory holding a cgo.Handle of the Go buffer
// (C may not keep a Go pointer). data is valid only during the call: it is copied.
//
//export goWrite
func goWrite(ctx unsafe.Pointer, data *C.char, n C.size_t) C.int32_t {
	buf := cgo.Handle(*(*C.uintptr_t)(ctx)).Value().(*bytes.Buffer)
	buf.Write(C.GoBytes(unsafe.Pointer(data), C.int(n)))
	return 0
}

type feedSettings struct {
	dtstamp   int64
	name      string
	alarmDays int32
	include   int32
}

// writeFeed writes the feed of one case and returns its text and number of events.
func writeFeed(pc *poortCase, s feedSettings) ([]byte, int64, error) {
	f := C.poort_feed_new()
	if f == nil {
		return nil, 0, statusError(C.POORT_ERR_NOMEM, "feed")
	}
	defer C.poort_feed_free(f)
	var text bytes.Buffer
	h := cgo.NewHandle(&text)
	defer h.Delete()
	ctx := (*C.uintptr_t)(C.malloc(C.sizeof_uintptr_t))
	defer C.free(unsafe.Pointer(ctx))
	*ctx = C.uintptr_t(h)

	steps := []struct {
		what string
		call func() C.int32_t
	}{
		{"dtstamp", func() C.int32_t { return C.poort_feed_set_dtstamp(f, C.int64_t(s.dtstamp)) }},
		{"name", func() C.int32_t {
			return withCString(s.name, func(cs *C.char) C.int32_t { return C.poort_feed_set_name(f, cs) })
		}},
		{"alarm", func() C.int32_t { return C.poort_feed_set_alarm_days(f, C.int32_t(s.alarmDays)) }},
		{"include", func() C.int32_t { return C.poort_feed_set_include(f, C.int32_t(s.include)) }},
		{"begin", func() C.int32_t { return C.poort_feed_begin(f, C.poort_write_fn(C.goWrite), unsafe.Pointer(ctx)) }},
		{"add case", func() C.int32_t { return C.poort_feed_add_case(f, pc.c) }},
		{"end", func() C.int32_t { return C.poort_feed_end(f) }},
	}
	for _, step := range steps {
		if err := statusError(step.call(), step.what); err != nil {
			return nil, 0, err
		}
	}
	return text.Bytes(), int64(C.poort_feed_event_count(f)), nil
}
