namespace LeanIX.Client;

/// <summary>
/// How a value is stored in a preload snapshot body: a tag byte, then for String, Number and Shared the index of the
/// table entry, for Object the index of its shape and the values, for Array, NodeArray and Connection (the packed
/// forms, <see cref="CompactShape.NodeArray"/>, <see cref="CompactShape.Connection"/>) the count and the values.
/// </summary>
internal enum SnapshotValueTag : byte { Null, String, Number, True, False, Object, Array, Shared, NodeArray, Connection }
