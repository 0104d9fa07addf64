// Package store defines rasid's persistent store: the Store interface that
// ingest, the web application and the exports use, and the query and result
// types they exchange. It imports only domain and the standard library;
// implementations live in sub-packages named after what they wrap
// (store/sqlite).
package store
