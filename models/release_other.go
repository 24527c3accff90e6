//go:build !linux

package models

// Release does nothing outside Linux; see release_linux.go.
func Release() {}
