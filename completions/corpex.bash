# bash corpex completion, generated from corpex's command-line model by org.corpex.prompt.CompletionScripts; do not edit.
# Install: scripts/install, or source this file from ~/.bashrc.
_corpex() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  # corpex index ...: the index tool's options
  if [[ ${COMP_WORDS[1]} == index && $COMP_CWORD -gt 1 ]]; then
    case $prev in
      -o|--output)
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'; COMPREPLY=( $(compgen -f -- "$cur") )
        return ;;
      --to)
        COMPREPLY=()
        return ;;
      --shards)
        COMPREPLY=()
        return ;;
      --replicas)
        COMPREPLY=()
        return ;;
      --text-field)
        COMPREPLY=()
        return ;;
      --title-field)
        COMPREPLY=()
        return ;;
      --source-field)
        COMPREPLY=()
        return ;;
      --date-field)
        COMPREPLY=()
        return ;;
      --url-field)
        COMPREPLY=()
        return ;;
      --id-field)
        COMPREPLY=()
        return ;;
      --profile)
        COMPREPLY=( $(compgen -W 'news-please trafilatura newsapi mediacloud gdelt-gkg' -- "$cur") )
        return ;;
    esac
    if [[ $cur == -* ]]; then
      COMPREPLY=( $(compgen -W '-o --output --to --shards --replicas --append --update --check --text-field --title-field --source-field --date-field --url-field --id-field --profile -h --help -V --version' -- "$cur") )
      return
    fi
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'; COMPREPLY=( $(compgen -f -- "$cur") )
    return
  fi
  case $prev in
    -c|--command)
      COMPREPLY=()
      return ;;
    -f|--file)
      compopt -o filenames 2>/dev/null
      local IFS=$'\n'; COMPREPLY=( $(compgen -f -- "$cur") )
      return ;;
    -a|--arg)
      COMPREPLY=()
      return ;;
    -p|--param)
      COMPREPLY=()
      return ;;
    --format)
      COMPREPLY=( $(compgen -W 'text csv tsv json jsonl' -- "$cur") )
      return ;;
    --text-field)
      COMPREPLY=()
      return ;;
    --title-field)
      COMPREPLY=()
      return ;;
    --source-field)
      COMPREPLY=()
      return ;;
    --date-field)
      COMPREPLY=()
      return ;;
    --url-field)
      COMPREPLY=()
      return ;;
    --id-field)
      COMPREPLY=()
      return ;;
    --profile)
      COMPREPLY=( $(compgen -W 'news-please trafilatura newsapi mediacloud gdelt-gkg' -- "$cur") )
      return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=( $(compgen -W '-c --command -f --file -a --arg -p --param --format --fail-fast --tui --no-color --text-field --title-field --source-field --date-field --url-field --id-field --profile -h --help -V --version' -- "$cur") )
    return
  fi
  compopt -o filenames 2>/dev/null
  local IFS=$'\n'; COMPREPLY=( $(compgen -f -- "$cur") )
  [[ $COMP_CWORD -eq 1 ]] && COMPREPLY+=( $(IFS=' '; compgen -W 'index provenance replay' -- "$cur") )
}
complete -F _corpex corpex
