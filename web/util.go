package web

import (
	"fmt"
	"strconv"
)

func itoa(i int) string { return strconv.Itoa(i) }

func pad2(i int) string { return fmt.Sprintf("%02d", i) }
func pad4(i int) string { return fmt.Sprintf("%04d", i) }

// sscanMonth reads YYYY-MM (a bare year counts as January).
func sscanMonth(s string, y, m *int) (int, error) {
	if len(s) == 4 {
		*m = 1
		n, err := fmt.Sscanf(s, "%4d", y)
		return n + 1, err
	}
	return fmt.Sscanf(s, "%4d-%2d", y, m)
}
