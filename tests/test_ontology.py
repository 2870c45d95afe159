"""Tests of the kg ontology (``ontology/kg.ttl``).

* it parses, imports nothing, declares its version and header metadata;
* every quality check in ``tests/qc/*.rq`` returns no rows, and each check does catch
  the defect it is written for (so a check cannot silently become vacuous);
* every term the mapper relies on is declared with the expected kind;
* HermiT (through owlready2) finds it consistent, with no unsatisfiable class, and
  detects small inconsistent ABoxes; a realistic valid ABox is consistent;
* it is in the OWL 2 DL profile (OWL API profile checker shipped with owlready2).

The reasoner tests need Java and are marked ``reasoner``.
"""
from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
QC_DIR = Path(__file__).parent / "qc"
QC_FILES = sorted(QC_DIR.glob("*.rq"))

KG = Namespace("https://w3id.org/kg/ont#")
ONT = URIRef("https://w3id.org/kg/ont")
ID = Namespace("https://w3id.org/kg/id/")
XSD_GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs java")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


# --------------------------------------------------------------------------------------
# Parsing and header
# --------------------------------------------------------------------------------------

def test_ontology_parses_with_rdflib(graph: Graph) -> None:
    assert len(graph) > 0
    assert (ONT, RDF.type, OWL.Ontology) in graph


def test_ontology_imports_nothing(graph: Graph) -> None:
    # The ontology must load and reason offline: external terms are declared, not imported.
    assert list(graph.objects(ONT, OWL.imports)) == []


def test_ontology_declares_version_info(graph: Graph) -> None:
    versions = [str(v) for v in graph.objects(ONT, OWL.versionInfo)]
    assert len(versions) == 1, versions
    parts = versions[0].split(".")
    assert len(parts) == 3 and all(p.isdigit() for p in parts), versions[0]
    assert graph.value(ONT, OWL.versionIRI) == URIRef(f"{ONT}/{versions[0]}")


@pytest.mark.parametrize(
    "predicate",
    [DCTERMS.title, DCTERMS.description, DCTERMS.license, RDFS.comment, RDFS.label],
    ids=lambda p: p.n3(Graph().namespace_manager),
)
def test_ontology_declares_header_annotation(graph: Graph, predicate: URIRef) -> None:
    assert graph.value(ONT, predicate) is not None


def test_ontology_header_describes_the_three_clocks(graph: Graph) -> None:
    comment = str(graph.value(ONT, RDFS.comment))
    for term in ("kg:eventDate", "kg:publishedOn", "kg:ingestedAt"):
        assert term in comment


# --------------------------------------------------------------------------------------
# Quality checks
# --------------------------------------------------------------------------------------

def test_ontology_has_qc_checks() -> None:
    assert len(QC_FILES) >= 6


@pytest.mark.parametrize("qc_file", QC_FILES, ids=lambda p: p.stem)
def test_ontology_passes_qc_check(graph: Graph, qc_file: Path) -> None:
    text = qc_file.read_text(encoding="utf-8")
    assert text.lstrip().startswith("# why this check exists"), f"{qc_file.name} lacks its header"
    rows = list(graph.query(text))
    if rows:
        listing = "\n".join("  " + " | ".join(str(v) for v in row) for row in rows)
        pytest.fail(f"{qc_file.name} returned {len(rows)} offending row(s):\n{listing}")


def _remove(g: Graph, s, p, o=None) -> None:
    assert (s, p, o) in g if o is not None else g.value(s, p) is not None, (s, p, o)
    g.remove((s, p, o))


# One seeded defect per check: applying it to a copy of the ontology must make the check fire.
QC_DEFECTS = {
    "class_without_label": lambda g: g.add((KG.Bogus, RDF.type, OWL.Class)),
    "class_without_comment": lambda g: (
        g.add((KG.Bogus, RDF.type, OWL.Class)),
        g.add((KG.Bogus, RDFS.label, Literal("Bogus", lang="en"))),
    ),
    "property_without_label_or_comment": lambda g: _remove(g, KG.agent, RDFS.comment),
    "property_without_domain_or_range": lambda g: _remove(g, KG.stance, RDFS.range),
    "label_contains_http": lambda g: g.add((KG.Actor, SKOS.altLabel, Literal(str(KG.Actor)))),
    "undeclared_kg_term": lambda g: g.add((KG.Person, RDFS.subClassOf, KG.Human)),
    "undeclared_external_term": lambda g: g.add(
        (KG.Person, RDFS.subClassOf, URIRef("http://dbpedia.org/ontology/Person"))),
    "term_without_is_defined_by": lambda g: _remove(g, KG.Claim, RDFS.isDefinedBy),
    "property_punning": lambda g: g.add((DCTERMS.title, RDF.type, OWL.DatatypeProperty)),
    "unsupported_datatype": lambda g: (
        g.remove((KG.eventDate, RDFS.range, None)),
        g.add((KG.eventDate, RDFS.range, XSD_GYEAR)),
    ),
    "duplicate_cameo_notation": lambda g: g.add((KG.Kill, SKOS.notation, Literal("190"))),
    "concept_without_scheme_or_pref_label": lambda g: _remove(g, KG.Denies, SKOS.inScheme),
}


@pytest.mark.parametrize("qc_file", QC_FILES, ids=lambda p: p.stem)
def test_ontology_qc_check_catches_its_defect(graph: Graph, qc_file: Path) -> None:
    defect = QC_DEFECTS.get(qc_file.stem)
    if defect is None:
        pytest.fail(f"add a seeded defect for {qc_file.name} to QC_DEFECTS")
    broken = _copy(graph)
    defect(broken)
    rows = list(broken.query(qc_file.read_text(encoding="utf-8")))
    assert rows, f"{qc_file.name} did not catch its seeded defect"


# --------------------------------------------------------------------------------------
# The terms the mapper relies on
# --------------------------------------------------------------------------------------

_CLASSES = """Document Actor Person Organization ArmedGroup MilitaryForce GovernmentBody MediaOutlet
ThinkTank PoliticalParty InternationalOrganization Company NonGovernmentalOrganization Place Country
City Region UnnamedSource Event MakePublicStatement Appeal ExpressIntentToCooperate Consult
EngageInDiplomaticCooperation EngageInMaterialCooperation ProvideAid Yield Investigate Demand
Disapprove Reject Threaten Protest ExhibitForcePosture ReduceRelations Coerce Assault Fight
UseUnconventionalMassViolence Declare Meet Visit Negotiate Praise RestoreRelations SignAgreement
CooperateMilitarily ProvideSupport ProvideMilitarySupport TransferWeapons ProvideFinancialSupport
ProvideTrainingSupport ProvideKnowHowSupport Donate Criticize Accuse ReduceSupport BreakRelations
Sanction Designate Arrest Kill Attack Elect Appoint Claim Stance DatePrecision Role Evidence
ExtractionRun IdentityMerge""".split()
_OBJECT_PROPERTIES = """evidence agent participant target place datePrecision claimant stance
relayedBy relays about assertsEvent holder organization canonical mergedNode extractedBy
ingestedBy publisher""".split()
_DATATYPE_PROPERTIES = """title publisherName publishedOn ingestedAt author sourceUrl fileName
mediaType sha256 text charLength eventDate timeExpression trigger resource cue statementDate
content quoted roleTitle heldOn normalizedKey confidence method mergedForm softwareVersion
nlpModel""".split()
_INDIVIDUALS = """Asserts Denies Assesses Expects StanceScheme DayPrecision MonthPrecision
YearPrecision DatePrecisionScheme""".split()
EXPECTED_TERMS = (
    [(n, OWL.Class) for n in _CLASSES]
    + [(n, OWL.ObjectProperty) for n in _OBJECT_PROPERTIES]
    + [(n, OWL.DatatypeProperty) for n in _DATATYPE_PROPERTIES]
    + [(n, OWL.NamedIndividual) for n in _INDIVIDUALS]
)


@pytest.mark.parametrize("name,kind", EXPECTED_TERMS, ids=[n for n, _ in EXPECTED_TERMS])
def test_ontology_declares_mapper_term(graph: Graph, name: str, kind: URIRef) -> None:
    assert (KG[name], RDF.type, kind) in graph


@pytest.mark.parametrize("top", [
    "MakePublicStatement", "Appeal", "ExpressIntentToCooperate", "Consult",
    "EngageInDiplomaticCooperation", "EngageInMaterialCooperation", "ProvideAid", "Yield",
    "Investigate", "Demand", "Disapprove", "Reject", "Threaten", "Protest",
    "ExhibitForcePosture", "ReduceRelations", "Coerce", "Assault", "Fight",
    "UseUnconventionalMassViolence",
])
def test_ontology_cameo_top_category_has_two_digit_notation(graph: Graph, top: str) -> None:
    assert (KG[top], RDFS.subClassOf, KG.Event) in graph
    notations = [str(n) for n in graph.objects(KG[top], SKOS.notation)]
    assert len(notations) == 1 and len(notations[0]) == 2 and notations[0].isdigit(), notations


# --------------------------------------------------------------------------------------
# Reasoning with HermiT (owlready2)
# --------------------------------------------------------------------------------------

def _reason(g: Graph, tmp_path: Path, **options):
    """Load ``g`` into a fresh owlready2 World from a local N-Triples file and run HermiT.

    owlready2 cannot read Turtle, and the file is local so nothing is fetched."""
    owlready2 = pytest.importorskip("owlready2")
    path = tmp_path / "kg.nt"
    g.serialize(destination=str(path), format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load(only_local=True)
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0, **options)
    return world


@pytest.mark.reasoner
@needs_java
def test_ontology_is_consistent_under_hermit(graph: Graph, tmp_path: Path) -> None:
    world = _reason(graph, tmp_path)
    assert list(world.inconsistent_classes()) == []


ABOX_PREFIXES = """
@prefix kg: <https://w3id.org/kg/ont#> .
@prefix ex: <https://w3id.org/kg/id/test/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""

INCONSISTENT_ABOXES = {
    "person_and_organization": "ex:x a kg:Person , kg:Organization .",
    "unnamed_source_and_place": "ex:x a kg:UnnamedSource , kg:City .",
    "actor_and_event": "ex:x a kg:ArmedGroup , kg:Attack .",
    "claim_with_two_stances": "ex:c a kg:Claim ; kg:stance kg:Asserts , kg:Denies .",
    "claim_relayed_by_itself": "ex:c a kg:Claim ; kg:relayedBy ex:c .",
    "event_as_agent": "ex:e a kg:Attack ; kg:agent ex:f . ex:f a kg:Kill .",
    "organization_holds_role": "ex:r a kg:Role ; kg:holder ex:o . ex:o a kg:Organization .",
    "evidence_on_document": "ex:d a kg:Document ; kg:evidence ex:s .",
    "confidence_above_one": 'ex:s a kg:Evidence ; kg:confidence "1.5"^^xsd:decimal .',
    "confidence_as_string": 'ex:s a kg:Evidence ; kg:confidence "0.5" .',
    "quoted_not_boolean": 'ex:c a kg:Claim ; kg:quoted "yes" .',
    "document_with_two_hashes": 'ex:d kg:sha256 "aa" , "bb" .',
    "place_of_event_is_person": "ex:e a kg:Meet ; kg:place ex:p . ex:p a kg:Person .",
}


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("abox", list(INCONSISTENT_ABOXES.values()), ids=list(INCONSISTENT_ABOXES))
def test_ontology_hermit_detects_inconsistent_abox(graph: Graph, tmp_path: Path, abox: str) -> None:
    owlready2 = pytest.importorskip("owlready2")
    data = _copy(graph)
    data.parse(data=ABOX_PREFIXES + abox, format="turtle")
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(data, tmp_path)


VALID_ABOX = ABOX_PREFIXES + """
ex:run a kg:ExtractionRun ; kg:softwareVersion "0.1.0" ;
    prov:startedAtTime "2024-03-01T10:00:00Z"^^xsd:dateTime ;
    prov:endedAtTime "2024-03-01T10:05:00Z"^^xsd:dateTime .
ex:doc a kg:Document ; kg:title "Iran's support for Hamas" ; kg:sha256 "%(sha)s" ;
    kg:text "Sinwar said Iran supplied missiles." ; kg:charLength 35 ;
    kg:sourceUrl "https://example.org/a"^^xsd:anyURI ;
    kg:publishedOn "2023-10-09"^^xsd:date ; kg:datePrecision kg:DayPrecision ;
    kg:ingestedAt "2024-03-01T10:00:01Z"^^xsd:dateTime ; kg:ingestedBy ex:run .
ex:span a kg:Evidence ; oa:hasSource ex:doc ; oa:hasSelector ex:pos , ex:quote ;
    kg:confidence 0.9 ; kg:method "rule:supply-verb" ; kg:extractedBy ex:run .
ex:pos a oa:TextPositionSelector ; oa:start 12 ; oa:end 34 .
ex:quote a oa:TextQuoteSelector ; oa:exact "Iran supplied missiles" ; oa:prefix "said " ; oa:suffix "." .
ex:iran a kg:Country ; skos:prefLabel "Iran"@en ; kg:normalizedKey "iran" ;
    owl:sameAs <http://www.wikidata.org/entity/Q794> ; kg:evidence ex:span .
ex:hamas a kg:ArmedGroup , kg:PoliticalParty ; skos:prefLabel "Hamas"@en .
ex:sinwar a kg:Person ; skos:prefLabel "Yahya Sinwar"@en .
ex:gaza a kg:Region .
ex:unnamed a kg:UnnamedSource ; skos:prefLabel "Palestinian sources"@en .
ex:supply a kg:TransferWeapons ; kg:agent ex:iran ; kg:target ex:hamas ; kg:place ex:gaza ;
    kg:resource "missiles" ; kg:trigger "supplied" ; kg:eventDate "2019"^^xsd:gYear ;
    kg:datePrecision kg:YearPrecision ; kg:timeExpression "in 2019" ; kg:evidence ex:span .
ex:claim a kg:Claim ; kg:claimant ex:sinwar ; kg:stance kg:Asserts ; kg:cue "said" ;
    kg:content "Iran supplied missiles" ; kg:quoted false ; kg:assertsEvent ex:supply ;
    kg:about ex:iran ; kg:statementDate "2023-10"^^xsd:gYearMonth ; kg:relayedBy ex:report .
ex:report a kg:Claim ; kg:claimant ex:unnamed ; kg:stance kg:Expects .
ex:role a kg:Role ; kg:holder ex:sinwar ; kg:organization ex:hamas ;
    kg:roleTitle "leader in Gaza" ; kg:heldOn "2023"^^xsd:gYear .
ex:merge a kg:IdentityMerge ; kg:canonical ex:iran ; kg:mergedForm "Tehran" ;
    kg:method "alias-table" ; kg:confidence 1.0 ; kg:evidence ex:span ; kg:extractedBy ex:run .
""" % {"sha": "0" * 64}


@pytest.mark.reasoner
@needs_java
def test_ontology_hermit_accepts_valid_abox(graph: Graph, tmp_path: Path) -> None:
    data = _copy(graph)
    data.parse(data=VALID_ABOX, format="turtle")
    # Decimal, not float: a Python float becomes xsd:double, disjoint from xsd:decimal in OWL.
    data.add((ID["test/span2"], KG.confidence, Literal(Decimal("0.75"))))
    data.add((ID["test/span2"], RDF.type, KG.Evidence))
    # xsd:date / xsd:gYear / xsd:gYearMonth literals are outside the OWL 2 datatype map;
    # HermiT refuses them unless told to ignore them (the SHACL shapes check them instead).
    world = _reason(data, tmp_path, ignore_unsupported_datatypes=True)
    assert list(world.inconsistent_classes()) == []


# --------------------------------------------------------------------------------------
# OWL 2 DL profile (OWL API, shipped with owlready2's Pellet)
# --------------------------------------------------------------------------------------

_PROFILE_CHECK = """
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.*;
import org.semanticweb.owlapi.profiles.*;
import java.io.File;
public class ProfileCheck {
  public static void main(String[] args) throws Exception {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File(args[0]));
    OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
    for (OWLProfileViolation v : report.getViolations()) System.out.println("VIOLATION " + v);
    System.out.println(report.isInProfile() ? "IN_PROFILE" : "NOT_IN_PROFILE");
  }
}
"""


@pytest.mark.reasoner
@needs_java
@pytest.mark.skipif(shutil.which("javac") is None, reason="running a Java source file needs a JDK")
def test_ontology_is_in_owl2_dl_profile(graph: Graph, tmp_path: Path) -> None:
    owlready2 = pytest.importorskip("owlready2")
    jars = Path(owlready2.__file__).parent / "pellet"
    if not any(jars.glob("owlapi*.jar")):
        pytest.skip("owlready2 does not ship the OWL API here")
    rdfxml = tmp_path / "kg.rdf"
    graph.serialize(destination=str(rdfxml), format="xml", encoding="utf-8")
    source = tmp_path / "ProfileCheck.java"
    source.write_text(_PROFILE_CHECK, encoding="utf-8")
    result = subprocess.run(
        ["java", "-cp", str(jars / "*"), str(source), str(rdfxml)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "IN_PROFILE" in result.stdout.splitlines(), result.stdout[-3000:]
