struct LuaDecoder { func decode<T: Decodable>(_ t: T.Type, from: LuaValue) throws -> T { fatalError() } }
extension DecodingError { var luaDescription: String { "" } }
extension EncodingError { var luaDescription: String { "" } }
