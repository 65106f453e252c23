/**
 * Learning from gold data: {@link parley.learn.FilterTrainer} fits the event filter (logistic
 * regression over the features of the acts the rules find, with Tribuo's LIBLINEAR trainer) and
 * writes it as a {@link parley.core.coding.LinearEventFilter}; {@link parley.learn.CrossValidation}
 * scores the whole coder with k-fold cross-validation by article, every learned part fitted on the
 * other folds.
 */
package parley.learn;
