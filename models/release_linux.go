package models

import (
	"os"
	"syscall"
	"unsafe"
)

// Release hands back to the kernel the memory pages that hold the embedded
// model files, which a process touches once, while decoding its models, and
// then never again: about 25 MB of resident memory. The files are read-only
// data of the executable, so the kernel drops the pages without loss and
// reads them in again should a model be decoded later. Call it once the
// models a command needs are loaded.
func Release() {
	page := uintptr(os.Getpagesize())
	for _, s := range blobs {
		p := unsafe.Pointer(unsafe.StringData(s))
		skip := (page - uintptr(p)%page) % page // to the first whole page
		if uintptr(len(s)) <= skip {
			continue
		}
		n := (uintptr(len(s)) - skip) / page * page
		if n == 0 {
			continue
		}
		// Advice only: on error the pages simply stay resident.
		_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, skip)), n), syscall.MADV_DONTNEED)
	}
}
