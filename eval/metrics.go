package eval

// PRF counts true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN float64 }

// Add adds another count into c.
func (c *PRF) Add(o PRF) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP / (TP + FP), 0 when nothing was predicted.
func (c PRF) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN), 0 when nothing was expected.
func (c PRF) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c PRF) F1() float64 {
	p, r := c.Precision(), c.Recall()
	return ratio(2*p*r, p+r)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// BCubed scores a clustering against gold classes. Both maps go from item to
// cluster (or class) label; items missing from pred count as singletons.
// It returns B-cubed precision, recall and F1 averaged over the gold items.
func BCubed(gold, pred map[string]string) (p, r, f float64) {
	if len(gold) == 0 {
		return 0, 0, 0
	}
	goldMembers := map[string][]string{}
	predMembers := map[string][]string{}
	label := func(item string) string {
		if l, ok := pred[item]; ok {
			return "p:" + l
		}
		return "singleton:" + item
	}
	for item, g := range gold {
		goldMembers[g] = append(goldMembers[g], item)
		predMembers[label(item)] = append(predMembers[label(item)], item)
	}
	for item, g := range gold {
		pl := label(item)
		var both float64
		for _, other := range predMembers[pl] {
			if gold[other] == g {
				both++
			}
		}
		p += both / float64(len(predMembers[pl]))
		r += both / float64(len(goldMembers[g]))
	}
	n := float64(len(gold))
	p, r = p/n, r/n
	return p, r, ratio(2*p*r, p+r)
}

// ARI is the adjusted Rand index of pred against gold over the gold items.
func ARI(gold, pred map[string]string) float64 {
	cont := map[[2]string]float64{}
	a, b := map[string]float64{}, map[string]float64{}
	var n float64
	for item, g := range gold {
		pl, ok := pred[item]
		if !ok {
			pl = "singleton:" + item
		}
		cont[[2]string{g, pl}]++
		a[g]++
		b[pl]++
		n++
	}
	c2 := func(x float64) float64 { return x * (x - 1) / 2 }
	var index, sa, sb float64
	for _, v := range cont {
		index += c2(v)
	}
	for _, v := range a {
		sa += c2(v)
	}
	for _, v := range b {
		sb += c2(v)
	}
	expected := sa * sb / c2(n)
	max := (sa + sb) / 2
	if max == expected {
		return 1
	}
	return (index - expected) / (max - expected)
}
