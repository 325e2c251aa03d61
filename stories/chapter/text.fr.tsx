import { Term, Tex, formatNumber, localizeTeX } from "../../src";
import { act1, act2, exercise2, exercise3, exercise4 } from "./numbers";
import type { ChapterText } from "./types";

const n = (value: number) => formatNumber(value, { locale: "fr" });
/** A number for TeX, with the French decimal comma. */
const tn = (value: number) => localizeTeX(String(Number(value.toPrecision(12))), "fr");
const t = (tex: string) => localizeTeX(tex, "fr");

/** Le chapitre en français, écrit pour slopes. */
export const french: ChapterText = {
  lang: "fr",
  title: "Dérivées et règle de la chaîne",
  thread: {
    title: "Pourquoi des pentes",
    body: (
      <p>
        Imaginez le score d&apos;un réseau de neurones comme une altitude au-dessus d&apos;un
        paysage dont les coordonnées sont les poids du réseau. Apprendre, c&apos;est descendre ce
        paysage. Les yeux fermés sur une pente, on sait encore où est le bas : on sent
        l&apos;inclinaison sous ses pieds. Ce chapitre construit ce sens de l&apos;inclinaison trois
        fois : pour une seule entrée (la <Term id="derivative" />
        ), pour des calculs emboîtés les uns dans les autres (la <Term id="chain-rule" />
        ), et pour beaucoup de poids à la fois (le <Term id="gradient" />
        ).
      </p>
    ),
  },
  act1: {
    label: "Acte 1",
    title: "La dérivée est une pente",
    body: (
      <>
        <p>
          Prenez la courbe <Tex tex="f(x) = x^2" /> et zoomez sur l&apos;un de ses points : plus on
          regarde de près, plus elle paraît droite. La pente de ce morceau presque droit est la{" "}
          <Term id="derivative" /> en ce point.
        </p>
        <p>
          Pour la mesurer, choisissez un second point à un petit écart <Tex tex="h" /> et reliez les
          deux par une droite, une sécante. Sa pente est le taux de variation sur cet écart,{" "}
          <Tex tex="\frac{f(x+h) - f(x)}{h}" />. Faites maintenant rétrécir l&apos;écart : la
          sécante pivote et vient se poser sur la tangente, et sa pente se stabilise sur la dérivée,
        </p>
        <Tex display tex="f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}." />
        <p>
          Pour <Tex tex="x^2" />, la limite donne <Tex tex={`f'(x) = ${act1.derivative}`} /> : la
          pente vaut {n(act1.slopeAt(1))} en <Tex tex="x = 1" />, {n(act1.slopeAt(0))} au fond de la
          cuvette, et {n(act1.slopeAt(-1))} en <Tex tex="x = -1" />, là où la courbe descend.
          Déplacez le point, puis réduisez l&apos;écart avec le curseur.
        </p>
      </>
    ),
    explorerTitle: "Glisser sur x², réduire l'écart",
    notice: [
      <>
        Quand <Tex tex="h" /> diminue, la pente de la sécante se rapproche de la pente exacte et
        leur écart tend vers zéro : vous voyez la limite se produire. (Descendez sous{" "}
        <Tex tex={`10^{${act1.bestPower}}`} /> environ et l&apos;écart remonte : les arrondis de
        l&apos;ordinateur l&apos;emportent, comme le montre le petit graphique d&apos;erreur.)
      </>,
      <>
        Au fond de la cuvette, la tangente est horizontale : pente {n(act1.slopeAt(0))}. Une
        tangente plate, c&apos;est la signature d&apos;un minimum, et c&apos;est un minimum que
        l&apos;apprentissage cherche.
      </>,
      <>
        À gauche du fond la pente est négative, à droite elle est positive. Le signe suffit à dire
        de quel côté on descend.
      </>,
    ],
    tableTitle: "Les dérivées de tout le cours",
    tableIntro: (
      <p>
        Quelques dérivées reviennent dans chaque chapitre. La colonne de droite n&apos;est pas tapée
        à la main : la bibliothèque dérive chaque fonction de la colonne de gauche.
      </p>
    ),
    tableCaption: "Dérivées usuelles (calculées par slopes)",
    sigmoidNote: (
      <>
        La pente de la sigmoïde <Tex tex="\sigma(x) = \frac{1}{1 + e^{-x}}" /> s&apos;écrit avec la
        sigmoïde elle-même : aucune nouvelle fonction à calculer.
      </>
    ),
  },
  act2: {
    label: "Acte 2",
    title: "La règle de la chaîne",
    body: (
      <>
        <p>
          Un réseau est une <Term id="composition" /> : la sortie d&apos;une étape est l&apos;entrée
          de la suivante. Pour dériver <Tex tex="f(g(x))" />, on multiplie les pentes locales
          rencontrées en chemin :
        </p>
        <Tex display tex="(f \circ g)'(x) = f'(g(x)) \cdot g'(x)." />
        <p>
          Voyez chaque étape comme une loupe : si <Tex tex="g" /> étire un petit changement
          d&apos;un facteur <Tex tex="g'(x)" />, et <Tex tex="f" /> étire ce qu&apos;elle reçoit
          d&apos;un facteur <Tex tex="f'(u)" /> en <Tex tex="u = g(x)" />, le calcul entier étire du
          produit. Avec <Tex tex="g(x) = 3x + 1" /> et <Tex tex="f(u) = u^2" />, les pentes locales
          sont <Tex tex={`g'(x) = ${act2.gDerivative}`} /> et{" "}
          <Tex tex={`f'(u) = ${act2.fDerivative}`} />, donc{" "}
          <Tex tex={`(f \\circ g)'(x) = ${act2.derivative}`} />. En <Tex tex={`x = ${act2.x}`} />,{" "}
          <Tex tex={`g(${act2.x}) = ${tn(act2.g)}`} /> et le produit vaut{" "}
          <Tex tex={`${tn(act2.fSlopeAtG)} \\times ${tn(act2.gSlope)} = ${tn(act2.total)}`} />.
        </p>
      </>
    ),
    neuron: (
      <p>
        Un neurone artificiel est la même machine. Avec l&apos;entrée <Tex tex="x" />, le poids{" "}
        <Tex tex="w" />, le biais <Tex tex="b" /> et la cible <Tex tex="y" />, il calcule{" "}
        <Tex tex="z = wx + b" />, puis <Tex tex="a = \sigma(z)" />, puis la perte{" "}
        <Tex tex="L = (a - y)^2" />. La règle de la chaîne donne{" "}
        <Tex tex="\frac{\partial L}{\partial w} = 2(a - y) \cdot a(1 - a) \cdot x" /> ; pour le
        biais seul le dernier facteur change, puisque{" "}
        <Tex tex={`\\partial z / \\partial b = ${tn(exercise3.dzdb)}`} />. Renvoyer ainsi les
        dérivées locales vers l&apos;arrière à travers le graphe, c&apos;est la rétropropagation en
        miniature.
      </p>
    ),
    explorerTitle: "Multiplier les pentes le long du chemin",
    notice: [
      <>
        En mode composition, les nombres portés par les arêtes se multiplient pour donner la dérivée
        du tout.
      </>,
      <>
        En mode neurone, les mêmes briques donnent <Tex tex="\partial L / \partial w" /> et{" "}
        <Tex tex="\partial L / \partial b" /> : seul le dernier facteur diffère.
      </>,
      <>
        Augmentez <Tex tex="|z|" /> (un grand poids ou un grand biais) : <Tex tex="a(1 - a)" />{" "}
        devient minuscule (environ{" "}
        {formatNumber(exercise3.saturatedSlope, { locale: "fr", maximumFractionDigits: 6 })} en{" "}
        <Tex tex="z = 10" />) et entraîne tout le produit vers zéro. Le neurone est saturé :
        c&apos;est la disparition du gradient.
      </>,
    ],
  },
  act3: {
    label: "Acte 3",
    title: "Dérivées partielles et gradient",
    body: (
      <>
        <p>
          Avec beaucoup de poids, on pose une question par poids : comment le coût change-t-il quand
          seul ce poids bouge et que les autres restent en place ? La réponse est une{" "}
          <Term id="partial" />, <Tex tex="\partial L / \partial w_i" />, la pente du paysage le
          long d&apos;un axe.
        </p>
        <p>
          Pour le coût jouet <Tex tex="L(w_1, w_2) = w_1^2 + 2w_2^2" />, les deux pentes partielles
          sont <Tex tex={`\\partial L/\\partial w_1 = ${exercise4.partialTexts[0]}`} /> et{" "}
          <Tex tex={`\\partial L/\\partial w_2 = ${exercise4.partialTexts[1]}`} />. Réunies, elles
          forment le <Term id="gradient" />{" "}
          <Tex tex={`\\nabla L = (${exercise4.partialTexts.join(" ;\\ ")})`} />, qui pointe dans la
          direction de la plus forte montée ; sa longueur dit à quel point la montée est raide. Son
          opposé, <Tex tex="-\nabla L" />, pointe vers le bas : la boussole que suivra la descente
          de gradient au chapitre 9.
        </p>
      </>
    ),
    explorerTitle: "Promener la sonde sur le paysage",
    notice: [
      <>La flèche du gradient s&apos;éloigne de la vallée ; la flèche de descente y plonge.</>,
      <>
        Au fond, les deux pentes partielles sont nulles et le gradient s&apos;annule : la version à
        plusieurs poids d&apos;une tangente plate.
      </>,
      <>
        Le 2 devant <Tex tex="w_2^2" /> rend la pente selon <Tex tex="w_2" /> deux fois plus raide :
        le gradient penche vers cet axe au lieu de viser le centre.
      </>,
    ],
  },
  exercises: {
    title: "Exercices",
    intro: <p>Essayez chacun, tapez votre réponse, puis ouvrez la solution étape par étape.</p>,
    items: [
      {
        title: "Une dérivée à partir de la définition",
        statement: (
          <p>
            Avec la définition, trouvez la dérivée de <Tex tex="x^2" />, puis donnez sa valeur en{" "}
            <Tex tex="x = 3" />.
          </p>
        ),
        steps: [
          { text: "Écrire le taux d'accroissement.", tex: "\\frac{(x+h)^2 - x^2}{h}" },
          {
            text: "Développer le carré.",
            tex: "\\frac{x^2 + 2xh + h^2 - x^2}{h} = \\frac{2xh + h^2}{h}",
          },
          { text: "Diviser par h (h n'est pas nul).", tex: "2x + h" },
          { text: "Faire tendre h vers 0.", tex: `f'(x) = ${act1.derivative}` },
          { text: "Évaluer en 3.", tex: `f'(3) = ${tn(act1.slopeAt(3))}` },
        ],
      },
      {
        title: "La règle de la chaîne sur une puissance",
        statement: (
          <p>
            Dérivez <Tex tex="h(x) = (2x + 1)^3" /> et donnez <Tex tex="h'(1)" />.
          </p>
        ),
        steps: [
          {
            text: `Évaluer en ${n(exercise2.x)}.`,
            tex: `h'(${tn(exercise2.x)}) = ${tn(exercise2.atOne)}`,
          },
        ],
      },
      {
        title: "Un neurone, à la main",
        statement: (
          <p>
            Un neurone reçoit <Tex tex={`x = ${tn(exercise3.x)}`} /> avec le poids{" "}
            <Tex tex={`w = ${tn(exercise3.w)}`} /> et le biais{" "}
            <Tex tex={`b = ${tn(exercise3.b)}`} /> ; la cible est{" "}
            <Tex tex={`y = ${tn(exercise3.y)}`} />. Calculez <Tex tex="\partial L / \partial w" />{" "}
            pour <Tex tex="L = (a - y)^2" />.
          </p>
        ),
        steps: [
          { text: "En avant : la somme pondérée.", tex: t(`z = wx + b = ${exercise3.z}`) },
          {
            text: "En avant : l'activation.",
            tex: t(`a = \\sigma(${exercise3.z}) = ${exercise3.a}`),
          },
          { text: "En avant : la perte.", tex: t(`L = (a - y)^2 = ${exercise3.L}`) },
          {
            text: "En arrière : multiplier les trois pentes locales.",
            tex: t(
              `\\frac{\\partial L}{\\partial w} = 2(a - y) \\cdot a(1 - a) \\cdot x = (${exercise3.dLda})(${exercise3.dadz})(${exercise3.x}) = ${exercise3.dLdw}`,
            ),
          },
          {
            text: `Pour le biais, le dernier facteur vaut ${n(exercise3.dzdb)}.`,
            tex: t(
              `\\frac{\\partial L}{\\partial b} = 2(a - y) \\cdot a(1 - a) = ${exercise3.dLdb}`,
            ),
          },
        ],
      },
      {
        title: "Un gradient et le chemin vers le bas",
        statement: (
          <p>
            Pour <Tex tex="L(w_1, w_2) = w_1^2 + 2w_2^2" />, calculez <Tex tex="\nabla L" /> en{" "}
            <Tex tex="(1 ; 1)" /> et donnez la direction de descente. Tapez{" "}
            <Tex tex="\partial L/\partial w_2" /> comme réponse.
          </p>
        ),
        steps: [
          {
            text: "Les deux dérivées partielles.",
            tex: `\\frac{\\partial L}{\\partial w_1} = ${exercise4.partialTexts[0]}, \\quad \\frac{\\partial L}{\\partial w_2} = ${exercise4.partialTexts[1]}`,
          },
          {
            text: "En (1 ; 1).",
            tex: `\\nabla L(1 ; 1) = (${exercise4.grad.map(tn).join(" ;\\ ")})`,
          },
          {
            text: "Le bas, c'est l'opposé.",
            tex: `-\\nabla L(1 ; 1) = (${exercise4.descent.map(tn).join(" ;\\ ")})`,
          },
        ],
      },
    ],
  },
  quiz: {
    title: "Vérifiez votre compréhension",
    questions: [
      {
        id: "q1",
        prompt: "Que mesure la dérivée d'une fonction en un point ?",
        options: [
          {
            id: "a",
            label: "La valeur de la fonction en ce point",
            feedback: "C'est f(x) lui-même, pas sa variation.",
          },
          {
            id: "b",
            label: "La vitesse à laquelle la fonction change : la pente de sa tangente",
            correct: true,
            feedback: "Oui : la pente locale, limite des pentes des sécantes.",
          },
          {
            id: "c",
            label: "L'aire sous la courbe jusqu'à ce point",
            feedback: "Ça, c'est une intégrale.",
          },
          {
            id: "d",
            label: "La moyenne de la fonction sur un intervalle",
            feedback: "Une pente moyenne demande deux points ; la dérivée n'en demande qu'un.",
          },
        ],
      },
      {
        id: "q2",
        prompt: "Comment la règle de la chaîne dérive-t-elle une composée f(g(x)) ?",
        options: [
          {
            id: "a",
            label: "f′(x) + g′(x)",
            feedback:
              "Le long d'une chaîne, les pentes se multiplient ; elles ne s'additionnent pas.",
          },
          {
            id: "b",
            label: "f′(g(x)) · g′(x)",
            correct: true,
            feedback: "Oui : la pente extérieure, prise là où g arrive, fois la pente intérieure.",
          },
          {
            id: "c",
            label: "f′(x) · g′(x)",
            feedback: "Presque, mais f′ se prend en g(x), là où f reçoit vraiment son entrée.",
          },
          {
            id: "d",
            label: "f(g′(x))",
            feedback: "Cela donne une pente à manger à f ; ce n'est pas une dérivée.",
          },
        ],
      },
      {
        id: "q3",
        prompt: "Pourquoi le calcul de dL/dw pour un neurone annonce-t-il la rétropropagation ?",
        options: [
          {
            id: "a",
            label:
              "Il multiplie des dérivées locales renvoyées vers l'arrière dans un graphe d'étapes simples",
            correct: true,
            feedback:
              "Exactement : la rétropropagation le fait pour chaque poids d'un réseau, en réutilisant les facteurs communs.",
          },
          {
            id: "b",
            label: "Il a besoin de la sigmoïde",
            feedback: "Toute étape dérivable convient ; la sigmoïde n'est qu'un exemple.",
          },
          {
            id: "c",
            label: "Il essaie beaucoup de poids et garde le meilleur",
            feedback: "Ça, c'est une recherche, pas une dérivée.",
          },
          {
            id: "d",
            label: "Il ne marche que si la perte est nulle",
            feedback: "La dérivée existe quelle que soit la perte.",
          },
        ],
      },
      {
        id: "q4",
        prompt: "Qu'est-ce qu'une dérivée partielle ? (Cochez toutes les affirmations justes.)",
        multiple: true,
        options: [
          {
            id: "a",
            label: "La pente selon une variable, les autres restant fixes",
            correct: true,
            feedback: "Oui, c'est la définition.",
          },
          {
            id: "b",
            label: "La pente d'une tranche du paysage",
            correct: true,
            feedback: "Oui : en fixant les autres poids, on obtient une courbe à une variable.",
          },
          {
            id: "c",
            label: "La dérivée par rapport à toutes les variables à la fois",
            feedback: "Ce serait le gradient tout entier.",
          },
          {
            id: "d",
            label: "Elle n'existe qu'avec exactement deux variables",
            feedback: "Elle existe pour n'importe quel nombre de variables.",
          },
        ],
      },
      {
        id: "q5",
        prompt: "Dans quel sens pointe le gradient, et que fait-on pour faire baisser le score ?",
        options: [
          {
            id: "a",
            label: "Vers le bas ; on le suit",
            feedback: "Le gradient pointe vers le haut.",
          },
          {
            id: "b",
            label: "Vers le haut ; on avance à contre-sens, selon −∇L",
            correct: true,
            feedback: "Oui : c'est la descente de gradient, sujet du chapitre 9.",
          },
          {
            id: "c",
            label: "Vers le minimum ; on le suit",
            feedback:
              "Même son opposé ne vise pas le minimum en général : il penche vers les axes les plus raides.",
          },
          {
            id: "d",
            label: "Le long des lignes de niveau ; on y reste",
            feedback: "Le gradient est perpendiculaire aux lignes de niveau.",
          },
        ],
      },
    ],
  },
  summary: (
    <>
      La dérivée est une pente locale, la règle de la chaîne multiplie les pentes locales le long de
      calculs emboîtés, et le gradient rassemble les pentes de tous les poids en une boussole qui,
      retournée, indique la descente.
    </>
  ),
  sources: [
    {
      authors: "I. Goodfellow, Y. Bengio et A. Courville",
      title: "Deep Learning",
      year: 2016,
      details: "MIT Press, chapitre 6 et section 6.5 (rétropropagation)",
    },
    {
      authors: "M. Spivak",
      title: "Calculus",
      year: 2008,
      details: "4e édition, Publish or Perish",
    },
    {
      authors: "M. Nielsen",
      title: "Neural Networks and Deep Learning",
      year: 2015,
      details: "Determination Press, chapitre 2",
    },
  ],
  glossary: {
    derivative: {
      term: "dérivée",
      definition:
        "La pente d'une fonction en un point : de combien la sortie change par unité de variation de l'entrée, pour de très petites variations.",
    },
    composition: {
      term: "composition de fonctions",
      definition:
        "Envoyer la sortie d'une fonction dans une autre : f(g(x)) applique d'abord g, puis f.",
    },
    "chain-rule": {
      term: "règle de la chaîne",
      definition:
        "La dérivée d'une composée est le produit des dérivées locales le long de la chaîne : (f∘g)′(x) = f′(g(x))·g′(x).",
    },
    partial: {
      term: "dérivée partielle",
      definition:
        "La pente d'une fonction de plusieurs variables selon l'une d'elles, les autres restant fixes.",
    },
    gradient: {
      term: "gradient",
      definition:
        "Le vecteur de toutes les dérivées partielles. Il indique la direction de la plus forte montée ; son opposé indique la descente.",
    },
  },
};
