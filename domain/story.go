package domain

// Story groups the articles of several outlets, or copies of one article,
// that report the same main event.
type Story struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	DocIDs  []string `json:"doc_ids"`
	Outlets []string `json:"outlets"`
}
