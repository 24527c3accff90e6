package pipeline

// defaultStages lists the stages of the full pipeline in order.
func defaultStages(opts Options) ([]Stage, error) {
	return nil, nil
}
