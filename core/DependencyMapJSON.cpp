//===--- DependencyMapJSON.cpp - the dependency map as JSON ---------------===//
//
// What `itdd map` writes and `itdd gen --map` and the shards read. Keys
// that are usually empty or false are written only when set, so maps of
// code without them stay short and stable.
//
//===----------------------------------------------------------------------===//

#include "core/DependencyMap.h"

namespace itdd {

static llvm::json::Array methodsToJSON(const std::vector<Method> &Methods) {
  llvm::json::Array Result;
  for (const Method &M : Methods) {
    llvm::json::Array Params;
    for (const MethodParam &P : M.Params)
      Params.push_back(llvm::json::Object{
          {"type", P.Type}, {"name", P.Name}, {"has_default", P.HasDefault}});
    llvm::json::Object O{{"name", M.Name},
                         {"return_type", M.ReturnType},
                         {"params", std::move(Params)},
                         {"const", M.Const},
                         {"noexcept", M.Noexcept},
                         {"ref_qualifier", M.RefQualifier},
                         {"virtual", M.Virtual}};
    if (!M.DeclaredIn.empty())
      O["declared_in"] = M.DeclaredIn;
    if (!M.NotMockable.empty())
      O["not_mockable"] = M.NotMockable;
    if (M.Returns.Kind != ValueKind::Other)
      O["returns"] = toJSON(M.Returns);
    Result.push_back(std::move(O));
  }
  return Result;
}

static std::vector<Method> methodsFromJSON(const llvm::json::Array &A) {
  std::vector<Method> Result;
  for (const llvm::json::Value &V : A) {
    const llvm::json::Object *O = V.getAsObject();
    if (!O)
      continue;
    Method M;
    M.Name = O->getString("name").value_or("").str();
    M.ReturnType = O->getString("return_type").value_or("").str();
    if (const llvm::json::Array *Params = O->getArray("params"))
      for (const llvm::json::Value &PV : *Params)
        if (const llvm::json::Object *P = PV.getAsObject())
          M.Params.push_back({P->getString("type").value_or("").str(),
                              P->getString("name").value_or("").str(),
                              P->getBoolean("has_default").value_or(false)});
    M.Const = O->getBoolean("const").value_or(false);
    M.Noexcept = O->getBoolean("noexcept").value_or(false);
    M.RefQualifier = O->getString("ref_qualifier").value_or("").str();
    M.Virtual = O->getBoolean("virtual").value_or(false);
    M.DeclaredIn = O->getString("declared_in").value_or("").str();
    M.NotMockable = O->getString("not_mockable").value_or("").str();
    if (const llvm::json::Object *Returns = O->getObject("returns"))
      M.Returns = valueShapeFromJSON(*Returns);
    Result.push_back(std::move(M));
  }
  return Result;
}

static llvm::json::Array paramsToJSON(const std::vector<CtorParam> &Ctor) {
  llvm::json::Array Params;
  for (const CtorParam &P : Ctor) {
    llvm::json::Object O{{"name", P.Name},
                         {"type", P.Type},
                         {"passing", passingName(P.Pass)},
                         {"class", P.Class},
                         {"value_type", P.ValueType},
                         {"default_constructible", P.DefaultConstructible}};
    // Written only when set, so maps of code without them stay short.
    if (P.Many)
      O["many"] = true;
    if (P.Abstract)
      O["abstract"] = true;
    if (!P.Default.empty())
      O["default"] = P.Default;
    Params.push_back(std::move(O));
  }
  return Params;
}

static std::vector<CtorParam> paramsFromJSON(const llvm::json::Array &A) {
  std::vector<CtorParam> Result;
  for (const llvm::json::Value &PV : A)
    if (const llvm::json::Object *P = PV.getAsObject()) {
      CtorParam CP;
      CP.Name = P->getString("name").value_or("").str();
      CP.Type = P->getString("type").value_or("").str();
      CP.Pass = passingFromName(P->getString("passing").value_or(""))
                    .value_or(Passing::Value);
      CP.Many = P->getBoolean("many").value_or(false);
      CP.Class = P->getString("class").value_or("").str();
      CP.ValueType = P->getString("value_type").value_or("").str();
      CP.DefaultConstructible =
          P->getBoolean("default_constructible").value_or(true);
      CP.Abstract = P->getBoolean("abstract").value_or(false);
      CP.Default = P->getString("default").value_or("").str();
      Result.push_back(std::move(CP));
    }
  return Result;
}

llvm::json::Value toJSON(const DependencyMap &Map) {
  llvm::json::Array Components;
  for (const Component &C : Map.Components) {
    llvm::json::Array Params = paramsToJSON(C.Constructor);
    llvm::json::Object Object{
        {"name", C.Name},
        {"role", roleName(C.Kind)},
        {"entry_point", C.EntryPoint},
        {"ui", C.Ui},
        {"abstract", C.Abstract},
        {"file", C.File},
        {"line", C.Line},
        {"header", C.Header},
        {"header_angled", C.HeaderAngled},
        {"dependencies", llvm::json::Array(C.Dependencies)},
        {"implements", llvm::json::Array(C.Implements)},
        {"constructor", std::move(Params)},
        {"user_constructors", C.UserConstructors}};
    if (!C.Methods.empty())
      Object["methods"] = methodsToJSON(C.Methods);
    if (!C.Constructible)
      Object["constructible"] = false;
    if (C.Factory)
      Object["factory"] =
          llvm::json::Object{{"name", C.Factory->Name},
                             {"returns", passingName(C.Factory->Returns)},
                             {"return_type", C.Factory->ReturnType},
                             {"parameters", paramsToJSON(C.Factory->Params)}};
    if (C.DrivenByTests)
      Object["driven_by_tests"] = true;
    if (C.ImplementedInProject)
      Object["implemented_in_project"] = true;
    if (C.Constructors.size() > 1) {
      llvm::json::Array Ctors;
      for (const std::vector<CtorParam> &Ctor : C.Constructors)
        Ctors.push_back(paramsToJSON(Ctor));
      Object["constructors"] = std::move(Ctors);
    }
    if (!C.MethodTypes.empty()) {
      llvm::json::Array Types;
      for (const UsedType &T : C.MethodTypes)
        Types.push_back(
            llvm::json::Object{{"name", T.Name}, {"include", T.Include}});
      Object["method_types"] = std::move(Types);
    }
    Components.push_back(std::move(Object));
  }
  llvm::json::Object Result{{"components", std::move(Components)}};
  if (!Map.DataTypes.empty()) {
    llvm::json::Array Data;
    for (const DataType &T : Map.DataTypes)
      Data.push_back(toJSON(T));
    Result["data_types"] = std::move(Data);
  }
  if (Map.Standard)
    Result["cxx_standard"] = Map.Standard;
  if (!Map.TestSupport.empty()) {
    llvm::json::Array Support;
    for (const SupportFunction &F : Map.TestSupport)
      Support.push_back(toJSON(F));
    Result["test_support"] = std::move(Support);
  }
  return Result;
}

llvm::Expected<llvm::json::Value> parseJsonText(llvm::StringRef Text,
                                                llvm::StringRef File) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (V)
    return V;
  // "[3:5, byte=40]: Expected , or ] after array element"
  std::string Message = llvm::toString(V.takeError());
  llvm::StringRef Rest = Message;
  std::string Where;
  if (Rest.consume_front("[")) {
    auto [Position, Reason] = Rest.split("]: ");
    Where = ":" + Position.split(',').first.str();
    Rest = Reason;
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s%s: not valid JSON: %s", File.str().c_str(),
                                 Where.c_str(), Rest.str().c_str());
}

static std::vector<std::string> strings(const llvm::json::Object &O,
                                        llvm::StringRef Key) {
  std::vector<std::string> Result;
  if (const llvm::json::Array *A = O.getArray(Key))
    for (const llvm::json::Value &V : *A)
      if (auto S = V.getAsString())
        Result.push_back(S->str());
  return Result;
}

/// A component of the map's JSON whose name and role were read.
static Component componentFromJSON(const llvm::json::Object &O,
                                   std::string Name, Role Kind) {
  Component C;
  C.Name = std::move(Name);
  C.Kind = Kind;
  C.EntryPoint = O.getBoolean("entry_point").value_or(false);
  C.Ui = O.getBoolean("ui").value_or(false);
  C.Abstract = O.getBoolean("abstract").value_or(false);
  C.DrivenByTests = O.getBoolean("driven_by_tests").value_or(false);
  C.ImplementedInProject =
      O.getBoolean("implemented_in_project").value_or(false);
  C.File = O.getString("file").value_or("").str();
  C.Line = static_cast<unsigned>(O.getInteger("line").value_or(0));
  C.Header = O.getString("header").value_or("").str();
  C.HeaderAngled = O.getBoolean("header_angled").value_or(false);
  C.UserConstructors = O.getBoolean("user_constructors").value_or(false);
  C.Constructible = O.getBoolean("constructible").value_or(true);
  if (const llvm::json::Object *F = O.getObject("factory")) {
    FactoryFunction Factory;
    Factory.Name = F->getString("name").value_or("").str();
    Factory.Returns = passingFromName(F->getString("returns").value_or(""))
                          .value_or(Passing::Value);
    Factory.ReturnType = F->getString("return_type").value_or("").str();
    if (const llvm::json::Array *Params = F->getArray("parameters"))
      Factory.Params = paramsFromJSON(*Params);
    C.Factory = std::move(Factory);
  }
  if (const llvm::json::Array *Methods = O.getArray("methods"))
    C.Methods = methodsFromJSON(*Methods);
  C.Dependencies = strings(O, "dependencies");
  C.Implements = strings(O, "implements");
  if (const llvm::json::Array *Params = O.getArray("constructor"))
    C.Constructor = paramsFromJSON(*Params);
  if (const llvm::json::Array *Ctors = O.getArray("constructors"))
    for (const llvm::json::Value &CV : *Ctors)
      if (const llvm::json::Array *Params = CV.getAsArray())
        C.Constructors.push_back(paramsFromJSON(*Params));
  if (const llvm::json::Array *Types = O.getArray("method_types"))
    for (const llvm::json::Value &TV : *Types)
      if (const llvm::json::Object *T = TV.getAsObject())
        C.MethodTypes.push_back({T->getString("name").value_or("").str(),
                                 T->getString("include").value_or("").str()});
  return C;
}

llvm::Expected<DependencyMap>
dependencyMapFromJSON(const llvm::json::Value &V) {
  auto Fail = [](const llvm::Twine &What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not an itdd map: %s", What.str().c_str());
  };
  const llvm::json::Object *Root = V.getAsObject();
  if (!Root)
    return Fail("the top level is not an object");
  const llvm::json::Array *Components = Root->getArray("components");
  if (!Components)
    return Fail("no \"components\" array");
  DependencyMap Map;
  for (size_t I = 0; I < Components->size(); ++I) {
    const llvm::json::Object *O = (*Components)[I].getAsObject();
    std::string Which = "component " + std::to_string(I + 1);
    if (!O)
      return Fail(Which + " is not an object");
    std::optional<llvm::StringRef> Name = O->getString("name");
    std::optional<llvm::StringRef> RoleText = O->getString("role");
    if (!Name || !RoleText)
      return Fail(Which + " has no \"" + (Name ? "role" : "name") +
                  "\" string");
    std::optional<Role> Kind = roleFromName(*RoleText);
    if (!Kind)
      return Fail(llvm::Twine(Which) + " ('" + *Name +
                  "') has an unknown role '" + *RoleText + "'");
    Map.Components.push_back(componentFromJSON(*O, Name->str(), *Kind));
  }
  if (const llvm::json::Array *Data = Root->getArray("data_types"))
    for (const llvm::json::Value &Item : *Data)
      if (std::optional<DataType> T = dataTypeFromJSON(Item))
        Map.DataTypes.push_back(std::move(*T));
  Map.Standard =
      static_cast<unsigned>(Root->getInteger("cxx_standard").value_or(0));
  if (const llvm::json::Array *Support = Root->getArray("test_support"))
    for (const llvm::json::Value &Item : *Support)
      if (std::optional<SupportFunction> F = supportFunctionFromJSON(Item))
        Map.TestSupport.push_back(std::move(*F));
  Map.normalize();
  return Map;
}

} // namespace itdd
